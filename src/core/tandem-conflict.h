/* tandem-conflict.h
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tandem-object.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_CONFLICT (tandem_conflict_get_type ())

G_DECLARE_FINAL_TYPE (TandemConflict, tandem_conflict, TANDEM, CONFLICT, TandemObject)

TandemConflict *tandem_conflict_new (void);

G_END_DECLS
