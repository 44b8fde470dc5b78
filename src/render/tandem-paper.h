/* tandem-paper.h
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  TANDEM_ORIENTATION_PORTRAIT,
  TANDEM_ORIENTATION_LANDSCAPE,
} TandemOrientation;

const char * const *tandem_paper_list_names (void);
gboolean            tandem_paper_get_size   (const char        *name,
                                             TandemOrientation  orientation,
                                             double            *width_pt,
                                             double            *height_pt);

G_END_DECLS
