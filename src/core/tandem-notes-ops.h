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

/* The tags a highlight can carry when the workspace names none of its own. */
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
char              **tandem_notes_ops_list_tags        (TandemWorkspace     *workspace);

G_END_DECLS
