/* tandem-notes-ops.h
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tandem-highlight.h"
#include "tandem-interview.h"
#include "tandem-workspace.h"

G_BEGIN_DECLS

/* The highlight tag set of a workspace that stores none of its own. */
#define TANDEM_NOTES_OPS_DEFAULT_TAGS "pain", "need", "quote", "competitor", "pricing", "praise"

gboolean            tandem_notes_ops_map_range        (int                 *start,
                                                       int                 *end,
                                                       int                  offset,
                                                       int                  n_deleted,
                                                       int                  n_inserted);
char               *tandem_notes_ops_substring        (const char          *notes,
                                                       int                  start,
                                                       int                  end);
gboolean            tandem_notes_ops_find_quote       (const char          *notes,
                                                       const char          *quote,
                                                       int                  near,
                                                       int                 *start,
                                                       int                 *end);
gboolean            tandem_notes_ops_is_anchored      (TandemHighlight     *highlight,
                                                       const char          *notes);

gboolean            tandem_notes_ops_edit             (TandemWorkspace     *workspace,
                                                       TandemInterview     *interview,
                                                       int                  offset,
                                                       int                  n_deleted,
                                                       const char          *inserted,
                                                       TandemEditFlags      flags,
                                                       GError             **error);
TandemHighlight    *tandem_notes_ops_add_highlight    (TandemWorkspace     *workspace,
                                                       TandemInterview     *interview,
                                                       int                  start,
                                                       int                  end,
                                                       GError             **error);
guint               tandem_notes_ops_reanchor         (TandemWorkspace     *workspace,
                                                       TandemInterview     *interview);
guint               tandem_notes_ops_reanchor_detached (TandemInterview    *interview);
gboolean            tandem_notes_ops_reanchor_highlight_detached (TandemHighlight *highlight);

void                tandem_notes_ops_get_evidence     (TandemWorkspace     *workspace,
                                                       const char          *card_id,
                                                       guint               *n_interviews,
                                                       guint               *weight);
GPtrArray          *tandem_notes_ops_list_evidence    (TandemWorkspace     *workspace,
                                                       const char          *card_id);
char              **tandem_notes_ops_list_tag_set     (TandemWorkspace     *workspace);
char              **tandem_notes_ops_list_tags        (TandemWorkspace     *workspace);
gboolean            tandem_notes_ops_interview_has_tag (TandemInterview    *interview,
                                                        const char         *tag);
guint               tandem_notes_ops_count_tag_uses   (TandemWorkspace     *workspace,
                                                       const char          *tag);
gboolean            tandem_notes_ops_add_tag          (TandemWorkspace     *workspace,
                                                       const char          *name,
                                                       GError             **error);
gboolean            tandem_notes_ops_rename_tag       (TandemWorkspace     *workspace,
                                                       const char          *old_name,
                                                       const char          *new_name,
                                                       GError             **error);
gboolean            tandem_notes_ops_remove_tag       (TandemWorkspace     *workspace,
                                                       const char          *name,
                                                       GError             **error);

G_END_DECLS
