/* tandem-highlight.h
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tandem-object.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_HIGHLIGHT (tandem_highlight_get_type ())

G_DECLARE_FINAL_TYPE (TandemHighlight, tandem_highlight, TANDEM, HIGHLIGHT, TandemObject)

TandemHighlight *tandem_highlight_new (void);

G_END_DECLS
