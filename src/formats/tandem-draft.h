/* tandem-draft.h
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tandem-format.h"

G_BEGIN_DECLS

/* A draft is written this long after the last edit, and never later than
 * TANDEM_DRAFT_MAX_DELAY_MS after the first edit it holds. */
#define TANDEM_DRAFT_DELAY_MS     1000
#define TANDEM_DRAFT_MAX_DELAY_MS 2500

#define TANDEM_TYPE_DRAFT (tandem_draft_get_type ())

G_DECLARE_FINAL_TYPE (TandemDraft, tandem_draft, TANDEM, DRAFT, GObject)

char            *tandem_draft_dup_directory       (void);

TandemDraft     *tandem_draft_new                 (TandemWorkspace      *workspace);
const char      *tandem_draft_get_id              (TandemDraft          *self);
char            *tandem_draft_dup_path            (TandemDraft          *self);
const char      *tandem_draft_get_uri             (TandemDraft          *self);
const char      *tandem_draft_get_title           (TandemDraft          *self);
GDateTime       *tandem_draft_get_modified        (TandemDraft          *self);
TandemWorkspace *tandem_draft_get_workspace       (TandemDraft          *self);
gboolean         tandem_draft_flush               (TandemDraft          *self,
                                                   GError              **error);
void             tandem_draft_discard             (TandemDraft          *self);

GPtrArray       *tandem_draft_list_orphans        (GCancellable         *cancellable,
                                                   GError              **error);
void             tandem_draft_list_orphans_async  (GCancellable         *cancellable,
                                                   GAsyncReadyCallback   callback,
                                                   gpointer              user_data);
GPtrArray       *tandem_draft_list_orphans_finish (GAsyncResult         *result,
                                                   GError              **error);

void             tandem_draft_load_async          (TandemDraft          *self,
                                                   GCancellable         *cancellable,
                                                   GAsyncReadyCallback   callback,
                                                   gpointer              user_data);
TandemWorkspace *tandem_draft_load_finish         (TandemDraft          *self,
                                                   GAsyncResult         *result,
                                                   GError              **error);

G_END_DECLS
