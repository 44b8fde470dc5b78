/* test-search.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tandem-core.h"

static TandemWorkspace *
new_workspace (TandemObject **cafe,
               TandemObject **other)
{
  TandemWorkspace *ws = tandem_workspace_new_untitled ();

  *cafe = tandem_workspace_create (ws, TANDEM_TYPE_INTERVIEW, NULL,
                                   "customer", "Zoë Dubois", "company", "Café Lumière",
                                   "notes", "We meet at the CAFÉ every Monday.\nPricing hurts: the café pays per seat.",
                                   NULL);
  *other = tandem_workspace_create (ws, TANDEM_TYPE_INTERVIEW, NULL,
                                    "customer", "Oskar Nyström", "company", "Fjordline",
                                    "notes", "Offline sync matters; pricing is fine.", NULL);
  return ws;
}

static void
test_fold (void)
{
  g_autoptr(GArray) map = g_array_new (FALSE, FALSE, sizeof (int));
  g_autofree char *folded = tandem_search_fold ("Café Straße ÉTÉ", map);
  g_autofree char *decomposed = tandem_search_fold ("Cafe\xcc\x81", NULL);

  g_assert_cmpstr (folded, ==, "cafe strasse ete");
  /* "ss" both come from the ß, character 9. */
  g_assert_cmpint (g_array_index (map, int, 9), ==, 9);
  g_assert_cmpint (g_array_index (map, int, 10), ==, 9);
  g_assert_cmpint (g_array_index (map, int, 12), ==, 11);
  g_assert_cmpstr (decomposed, ==, "cafe");
}

static const TandemSearchResult *
result_for (GPtrArray    *results,
            TandemObject *interview)
{
  for (guint i = 0; i < results->len; i++)
    {
      TandemSearchResult *result = g_ptr_array_index (results, i);

      if (g_strcmp0 (result->interview_id, tandem_object_get_id (interview)) == 0)
        return result;
    }
  return NULL;
}

static void
test_query (void)
{
  TandemObject *cafe;
  TandemObject *other;
  g_autoptr(TandemWorkspace) ws = new_workspace (&cafe, &other);
  g_autoptr(TandemSearchIndex) index = tandem_search_index_new ();
  g_autoptr(GPtrArray) results = NULL;
  const TandemSearchResult *result;
  const TandemSearchMatch *match;

  tandem_search_index_fill (index, ws);
  g_assert_cmpuint (tandem_search_index_get_n_documents (index), ==, 2);

  /* "cafe" finds "Café" and "CAFÉ", with positions in the original text. */
  results = tandem_search_index_query (index, "cafe", 10, NULL);
  g_assert_cmpuint (results->len, ==, 1);
  result = result_for (results, cafe);
  g_assert_nonnull (result);
  g_assert_cmpuint (result->matches->len, ==, 3);
  match = &g_array_index (result->matches, TandemSearchMatch, 0);
  g_assert_cmpstr (match->field, ==, "notes");
  g_assert_cmpint (match->start, ==, 15);
  g_assert_cmpint (match->end, ==, 19);
  match = &g_array_index (result->matches, TandemSearchMatch, 2);
  g_assert_cmpstr (match->field, ==, "company");
  g_assert_cmpint (match->start, ==, 0);
  g_assert_cmpint (match->end, ==, 4);

  /* The snippet is on one line and marks the matches it holds. */
  g_assert_nonnull (strstr (result->snippet, "CAFÉ every Monday. Pricing"));
  g_assert_cmpuint (result->snippet_matches->len, >=, 1);
  match = &g_array_index (result->snippet_matches, TandemSearchMatch, 0);
  {
    g_autofree char *marked = g_utf8_substring (result->snippet, match->start, match->end);

    g_assert_cmpstr (marked, ==, "CAFÉ");
  }
  g_clear_pointer (&results, g_ptr_array_unref);

  /* Every word must match, in any field and any case. */
  results = tandem_search_index_query (index, "PRICING", 10, NULL);
  g_assert_cmpuint (results->len, ==, 2);
  g_clear_pointer (&results, g_ptr_array_unref);
  results = tandem_search_index_query (index, "pricing  nystrom", 10, NULL);
  g_assert_cmpuint (results->len, ==, 1);
  g_assert_nonnull (result_for (results, other));
  g_clear_pointer (&results, g_ptr_array_unref);
  results = tandem_search_index_query (index, "pricing lumiere zzz", 10, NULL);
  g_assert_cmpuint (results->len, ==, 0);
  g_clear_pointer (&results, g_ptr_array_unref);
  results = tandem_search_index_query (index, "   ", 10, NULL);
  g_assert_cmpuint (results->len, ==, 0);
  g_clear_pointer (&results, g_ptr_array_unref);

  /* Past n_detailed, results only name the interview. */
  results = tandem_search_index_query (index, "pricing", 1, NULL);
  g_assert_nonnull (((TandemSearchResult *) g_ptr_array_index (results, 0))->snippet);
  g_assert_null (((TandemSearchResult *) g_ptr_array_index (results, 1))->snippet);
}

static void
test_updates (void)
{
  TandemObject *cafe;
  TandemObject *other;
  g_autoptr(TandemWorkspace) ws = new_workspace (&cafe, &other);
  g_autoptr(TandemSearchIndex) index = tandem_search_index_new ();
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;

  tandem_search_index_fill (index, ws);

  /* Typing narrows the last matches; an edit in between must not be missed. */
  results = tandem_search_index_query (index, "caf", 10, NULL);
  g_assert_cmpuint (results->len, ==, 1);
  g_clear_pointer (&results, g_ptr_array_unref);
  tandem_workspace_set (ws, other, "company", "Café Nord", NULL);
  tandem_search_index_update (index, other);
  results = tandem_search_index_query (index, "cafe", 10, NULL);
  g_assert_cmpuint (results->len, ==, 2);
  g_clear_pointer (&results, g_ptr_array_unref);
  results = tandem_search_index_query (index, "cafe nord", 10, NULL);
  g_assert_cmpuint (results->len, ==, 1);
  g_clear_pointer (&results, g_ptr_array_unref);
  results = tandem_search_index_query (index, "cafe", 10, NULL);
  g_assert_cmpuint (results->len, ==, 2);
  g_clear_pointer (&results, g_ptr_array_unref);

  g_assert_true (tandem_notes_ops_edit (ws, TANDEM_INTERVIEW (other), 0, 0, "Crème brûlée. ",
                                        TANDEM_EDIT_NONE, &error));
  tandem_search_index_update (index, other);
  results = tandem_search_index_query (index, "creme brulee", 10, NULL);
  g_assert_cmpuint (results->len, ==, 1);
  g_assert_nonnull (result_for (results, other));
  g_clear_pointer (&results, g_ptr_array_unref);

  tandem_search_index_remove (index, tandem_object_get_id (other));
  results = tandem_search_index_query (index, "creme", 10, NULL);
  g_assert_cmpuint (results->len, ==, 0);
  g_assert_cmpuint (tandem_search_index_get_n_documents (index), ==, 1);
}

static void
on_filled (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (tandem_search_index_fill_finish (TANDEM_SEARCH_INDEX (source), result, &error));
  g_assert_no_error (error);
  *done = TRUE;
}

static void
on_queried (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  GPtrArray **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = tandem_search_index_query_finish (TANDEM_SEARCH_INDEX (source), result, &error);
  g_assert_no_error (error);
}

static void
on_cancelled (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;
  GPtrArray *results = tandem_search_index_query_finish (TANDEM_SEARCH_INDEX (source), result, &error);

  g_assert_null (results);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  *done = TRUE;
}

static void
test_async (void)
{
  TandemObject *cafe;
  TandemObject *other;
  g_autoptr(TandemWorkspace) ws = new_workspace (&cafe, &other);
  g_autoptr(TandemSearchIndex) index = tandem_search_index_new ();
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  gboolean done = FALSE;

  tandem_search_index_fill_async (index, ws, NULL, on_filled, &done);
  /* An edit made while the index fills wins over the copy being folded. */
  tandem_workspace_set (ws, cafe, "company", "Tea House", NULL);
  tandem_search_index_update (index, cafe);
  while (!done)
    g_main_context_iteration (NULL, TRUE);

  tandem_search_index_query_async (index, "cafe", 10, NULL, on_queried, &results);
  while (results == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (results->len, ==, 1);
  g_assert_cmpuint (((TandemSearchResult *) g_ptr_array_index (results, 0))->matches->len, ==, 2);

  done = FALSE;
  g_cancellable_cancel (cancellable);
  tandem_search_index_query_async (index, "cafe", 10, cancellable, on_cancelled, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static void
test_find_in_text (void)
{
  g_autoptr(GArray) matches = tandem_search_find_in_text ("éte sync", "Été, Sync, ete");

  g_assert_cmpuint (matches->len, ==, 3);
  g_assert_cmpint (g_array_index (matches, TandemSearchMatch, 0).start, ==, 0);
  g_assert_cmpint (g_array_index (matches, TandemSearchMatch, 1).start, ==, 5);
  g_assert_cmpint (g_array_index (matches, TandemSearchMatch, 1).end, ==, 9);
  g_assert_cmpint (g_array_index (matches, TandemSearchMatch, 2).start, ==, 11);
}


static int
compare_matches (gconstpointer a,
                 gconstpointer b)
{
  const TandemSearchMatch *x = a;
  const TandemSearchMatch *y = b;

  return x->start != y->start ? x->start - y->start : y->end - x->end;
}

/* Where the words of @query occur in @text, in characters, sorted, found
 * the long way: folding @text with a map from each folded byte to its
 * character. */
static GArray *
expected_matches (const char *query,
                  const char *text)
{
  g_autoptr(GArray) map = g_array_new (FALSE, FALSE, sizeof (int));
  g_autofree char *folded = tandem_search_fold (text, map);
  g_autofree char *folded_query = tandem_search_fold (query, NULL);
  g_auto(GStrv) words = g_strsplit (folded_query, " ", -1);
  GArray *out = g_array_new (FALSE, FALSE, sizeof (TandemSearchMatch));

  for (guint w = 0; words[w] != NULL; w++)
    {
      gsize len = strlen (words[w]);

      for (const char *hit = strstr (folded, words[w]); hit != NULL; hit = strstr (hit + len, words[w]))
        {
          TandemSearchMatch match = { "notes",
                                      g_array_index (map, int, hit - folded),
                                      g_array_index (map, int, hit - folded + len - 1) + 1 };

          g_array_append_val (out, match);
        }
    }
  g_array_sort (out, compare_matches);
  return out;
}

static void
assert_same_places (GArray *got,
                    GArray *want)
{
  g_assert_cmpuint (got->len, ==, want->len);
  for (guint k = 0; k < got->len; k++)
    {
      g_assert_cmpint (g_array_index (got, TandemSearchMatch, k).start, ==,
                       g_array_index (want, TandemSearchMatch, k).start);
      g_assert_cmpint (g_array_index (got, TandemSearchMatch, k).end, ==,
                       g_array_index (want, TandemSearchMatch, k).end);
    }
}

/* A match's place in the notes is the same whichever way it is found: from
 * the index (which counts characters, starting again after each character
 * that did not fold into one), from tandem_search_find_in_text(), and by
 * folding with a map of every byte; for notes that fold one for one and
 * notes with characters that fold into several or none, before, inside and
 * after a match. */
static void
test_match_positions (void)
{
  static const char * const notes[] = {
    "Café, CAFÉ and cafe; the café again. 😀 cafe “quoted café”",
    "Straße cafe: ß turns into ss, so cafe moves. Strasse café",
    "Cafe\xcc\x81 with a combining accent, then cafe and CAFÉ",
    "plain ascii cafe text with cafe twice and CAFE",
    "예약 페이지가 cafe 조금 더 빨라지면 좋겠습니다. cafe, 예약 café",
    "السعر ً cafe مرتفعً جداً cafe; ﬁne café ﬁ cafe",
    "\xcc\x81" "cafe at the start, ǅ and ﬃ ligatures: cafeﬃ café\xcc\x81\xcc\x88",
    "東京 cafe 東京, 東京café and 東京 again",
  };
  static const char * const queries[] = { "cafe", "ss", "e", "예약", "ffi cafe", "cafe fi", "東京" };
  g_autoptr(TandemWorkspace) ws = tandem_workspace_new_untitled ();
  g_autoptr(TandemSearchIndex) index = tandem_search_index_new ();
  g_autoptr(GPtrArray) results = NULL;
  guint n_checked = 0;

  for (guint i = 0; i < G_N_ELEMENTS (notes); i++)
    tandem_workspace_create (ws, TANDEM_TYPE_INTERVIEW, NULL, "customer", "C", "company", "D",
                             "notes", notes[i], NULL);
  tandem_search_index_fill (index, ws);
  results = tandem_search_index_query (index, "cafe ss", 10, NULL);
  g_assert_cmpuint (results->len, ==, 1);
  g_clear_pointer (&results, g_ptr_array_unref);

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      results = tandem_search_index_query (index, queries[q], 10, NULL);
      g_assert_cmpuint (results->len, >, 0);
      for (guint i = 0; i < results->len; i++)
        {
          const TandemSearchResult *result = g_ptr_array_index (results, i);
          TandemObject *interview = tandem_workspace_lookup (ws, result->interview_id);
          const char *text = tandem_object_get_string (interview, "notes");
          g_autoptr(GArray) expected = expected_matches (queries[q], text);
          g_autoptr(GArray) in_text = tandem_search_find_in_text (queries[q], text);
          g_autoptr(GArray) in_notes = g_array_new (FALSE, FALSE, sizeof (TandemSearchMatch));

          for (guint k = 0; k < result->matches->len; k++)
            if (g_strcmp0 (g_array_index (result->matches, TandemSearchMatch, k).field, "notes") == 0)
              g_array_append_val (in_notes, g_array_index (result->matches, TandemSearchMatch, k));
          assert_same_places (in_text, expected);
          assert_same_places (in_notes, expected);
          n_checked += expected->len;
        }
      g_clear_pointer (&results, g_ptr_array_unref);
    }
  g_assert_cmpuint (n_checked, >, 60);
}

/* A result the query did not detail gets the same snippet and matches
 * when asked for them later; one whose interview went away gets none. */
static void
test_detail_later (void)
{
  TandemObject *cafe;
  TandemObject *other;
  g_autoptr(TandemWorkspace) ws = new_workspace (&cafe, &other);
  g_autoptr(TandemSearchIndex) index = tandem_search_index_new ();
  g_autoptr(GPtrArray) detailed = NULL;
  g_autoptr(GPtrArray) bare = NULL;
  const TandemSearchResult *want;
  TandemSearchResult *got;

  tandem_search_index_fill (index, ws);
  detailed = tandem_search_index_query (index, "pays cafe", 10, NULL);
  bare = tandem_search_index_query (index, "pays cafe", 0, NULL);
  g_assert_cmpuint (bare->len, ==, 1);
  want = g_ptr_array_index (detailed, 0);
  got = g_ptr_array_index (bare, 0);
  g_assert_null (got->snippet);
  g_assert_null (got->matches);

  g_assert_true (tandem_search_index_detail (index, got, "pays cafe"));
  g_assert_cmpstr (got->snippet, ==, want->snippet);
  g_assert_nonnull (strstr (got->snippet, "café pays"));
  g_assert_cmpuint (got->matches->len, ==, 4);
  g_assert_cmpmem (got->matches->data, got->matches->len * sizeof (TandemSearchMatch),
                   want->matches->data, want->matches->len * sizeof (TandemSearchMatch));
  g_assert_cmpuint (got->snippet_matches->len, ==, want->snippet_matches->len);
  g_assert_cmpmem (got->snippet_matches->data, got->snippet_matches->len * sizeof (TandemSearchMatch),
                   want->snippet_matches->data, want->snippet_matches->len * sizeof (TandemSearchMatch));
  /* Asking again changes nothing. */
  g_assert_true (tandem_search_index_detail (index, got, "pays cafe"));
  g_assert_cmpuint (got->matches->len, ==, 4);
  g_clear_pointer (&bare, g_ptr_array_unref);

  bare = tandem_search_index_query (index, "pricing", 0, NULL);
  g_assert_cmpuint (bare->len, ==, 2);
  tandem_search_index_remove (index, tandem_object_get_id (other));
  got = (TandemSearchResult *) result_for (bare, other);
  g_assert_false (tandem_search_index_detail (index, got, "pricing"));
  g_assert_null (got->snippet);
  got = (TandemSearchResult *) result_for (bare, cafe);
  g_assert_true (tandem_search_index_detail (index, got, "pricing"));
  g_assert_nonnull (strstr (got->snippet, "Pricing hurts"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/search/fold", test_fold);
  g_test_add_func ("/core/search/query", test_query);
  g_test_add_func ("/core/search/match-positions", test_match_positions);
  g_test_add_func ("/core/search/detail-later", test_detail_later);
  g_test_add_func ("/core/search/updates", test_updates);
  g_test_add_func ("/core/search/async", test_async);
  g_test_add_func ("/core/search/find-in-text", test_find_in_text);

  return g_test_run ();
}
