/* tandem-interviews.h
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tandem-core.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_INTERVIEWS (tandem_interviews_get_type ())

G_DECLARE_FINAL_TYPE (TandemInterviews, tandem_interviews, TANDEM, INTERVIEWS, AdwBin)

GtkWidget       *tandem_interviews_new             (void);
TandemWorkspace *tandem_interviews_get_workspace   (TandemInterviews *self);
void             tandem_interviews_set_workspace   (TandemInterviews *self,
                                                    TandemWorkspace  *workspace);
const char      *tandem_interviews_get_summary     (TandemInterviews *self);
void             tandem_interviews_set_summary     (TandemInterviews *self,
                                                    const char       *summary);
TandemObject    *tandem_interviews_get_selected    (TandemInterviews *self);
void             tandem_interviews_select          (TandemInterviews *self,
                                                    TandemObject     *interview);
void             tandem_interviews_import_files    (TandemInterviews *self,
                                                    GFile           **files,
                                                    guint             n_files);

/* For tests and benchmarks. */
GtkTextView     *_tandem_interviews_get_text_view  (TandemInterviews *self);
GtkEditable     *_tandem_interviews_get_search_entry (TandemInterviews *self);
GtkListBox      *_tandem_interviews_get_highlights_box (TandemInterviews *self);
guint            _tandem_interviews_get_n_shown    (TandemInterviews *self);
gboolean         _tandem_interviews_is_index_ready (TandemInterviews *self);
guint            _tandem_interviews_get_n_searches (TandemInterviews *self);
gint64           _tandem_interviews_get_last_search_usec (TandemInterviews *self);
const char      *_tandem_interviews_get_snippet    (TandemInterviews *self,
                                                    TandemObject     *interview);
const char      *_tandem_interviews_get_row_title  (TandemInterviews *self,
                                                    TandemObject     *interview);
guint            _tandem_interviews_get_n_imports  (TandemInterviews *self);

G_END_DECLS
