/* tandem-snippet.h
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define TANDEM_TYPE_SNIPPET (tandem_snippet_get_type ())

G_DECLARE_FINAL_TYPE (TandemSnippet, tandem_snippet, TANDEM, SNIPPET, GtkWidget)

GtkWidget  *tandem_snippet_new        (void);
const char *tandem_snippet_get_markup (TandemSnippet *self);
void        tandem_snippet_set_markup (TandemSnippet *self,
                                       const char    *markup);

G_END_DECLS
