/* tandem-search.h
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tandem-workspace.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_SEARCH_INDEX (tandem_search_index_get_type ())

G_DECLARE_FINAL_TYPE (TandemSearchIndex, tandem_search_index, TANDEM, SEARCH_INDEX, GObject)

/* Where a query word was found: characters [start, end) of a field. */
typedef struct
{
  const char *field;   /* "customer", "company" or "notes" (static strings) */
  int         start;
  int         end;
} TandemSearchMatch;

typedef struct
{
  char   *interview_id;
  char   *snippet;          /* nullable: only for the first results asked for */
  GArray *snippet_matches;  /* TandemSearchMatch within the snippet, field "snippet" */
  GArray *matches;          /* TandemSearchMatch within the fields; nullable as snippet */
} TandemSearchResult;

#define TANDEM_TYPE_SEARCH_RESULT (tandem_search_result_get_type ())

GType               tandem_search_result_get_type   (void) G_GNUC_CONST;
void                tandem_search_result_free       (TandemSearchResult  *result);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TandemSearchResult, tandem_search_result_free)

char               *tandem_search_fold              (const char          *text,
                                                     GArray              *map);
GArray             *tandem_search_find_in_text      (const char          *query,
                                                     const char          *text);

TandemSearchIndex  *tandem_search_index_new         (void);
guint               tandem_search_index_get_n_documents (TandemSearchIndex *self);
void                tandem_search_index_update      (TandemSearchIndex   *self,
                                                     TandemObject        *interview);
void                tandem_search_index_remove      (TandemSearchIndex   *self,
                                                     const char          *interview_id);
void                tandem_search_index_fill_async  (TandemSearchIndex   *self,
                                                     TandemWorkspace     *workspace,
                                                     GCancellable        *cancellable,
                                                     GAsyncReadyCallback  callback,
                                                     gpointer             user_data);
gboolean            tandem_search_index_fill_finish (TandemSearchIndex   *self,
                                                     GAsyncResult        *result,
                                                     GError             **error);
void                tandem_search_index_fill        (TandemSearchIndex   *self,
                                                     TandemWorkspace     *workspace);
gboolean            tandem_search_index_detail      (TandemSearchIndex   *self,
                                                     TandemSearchResult  *result,
                                                     const char          *query);
GPtrArray          *tandem_search_index_query       (TandemSearchIndex   *self,
                                                     const char          *query,
                                                     guint                n_detailed,
                                                     GCancellable        *cancellable);
void                tandem_search_index_query_async (TandemSearchIndex   *self,
                                                     const char          *query,
                                                     guint                n_detailed,
                                                     GCancellable        *cancellable,
                                                     GAsyncReadyCallback  callback,
                                                     gpointer             user_data);
GPtrArray          *tandem_search_index_query_finish (TandemSearchIndex  *self,
                                                     GAsyncResult        *result,
                                                     GError             **error);

G_END_DECLS
