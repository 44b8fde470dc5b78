/* tandem-generate.h
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tandem-core.h"

G_BEGIN_DECLS

typedef struct
{
  guint   n_cards;
  guint   n_launches;
  guint   n_interviews;
  guint32 seed;
} TandemGenerateOptions;

TandemWorkspace *tandem_generate_workspace (const TandemGenerateOptions *options);

G_END_DECLS
