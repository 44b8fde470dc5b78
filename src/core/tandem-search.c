/* tandem-search.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-search"

#include "config.h"

#include <string.h>

#include "tandem-interview.h"
#include "tandem-search.h"

/* Search over every interview's customer, company and notes, ignoring case
 * and accents ("cafe" finds "Café"); every word of the query must occur.
 *
 * Each interview is a document holding its texts and their folded form.
 * Documents never change once made (an update replaces the document), so a
 * query in a worker thread reads a snapshot of them without locks while the
 * main thread goes on editing.
 *
 * A match is found in the folded text and reported in characters of the
 * text.  Most characters fold into exactly one ("É" → "e"), so counting
 * folded characters up to a match gives its place in the text; the few
 * that do not ("ß" → "ss", a Hangul syllable → its letters, a lone accent →
 * nothing) are listed per field, and counting starts again after the last
 * of them before the match. */

#define N_FIELDS 3
#define SNIPPET_CONTEXT 60

static const char * const field_names[N_FIELDS] = { "customer", "company", "notes" };

/* A character of a text that did not fold into exactly one: it became
 * bytes [folded, folded_end) of the folded text. */
typedef struct
{
  int folded;
  int folded_end;
  int text;       /* in characters */
} Irregular;

typedef struct
{
  char    *id;
  guint64  serial;
  gboolean removed;
  char    *text[N_FIELDS];
  char    *folded[N_FIELDS];
  GArray  *irregular[N_FIELDS];  /* Irregular, in order; NULL for none */
} Document;

struct _TandemSearchIndex
{
  GObject     parent_instance;

  GMutex      lock;
  GPtrArray  *documents;   /* Document, in the order first seen */
  GHashTable *by_id;       /* id → index in documents */
  guint64     next_serial;

  /* The last query's words and matching documents, while nothing changed:
   * typing one more letter only narrows the matches, so the next query
   * scans those instead of every document. */
  GPtrArray  *last_words;
  GPtrArray  *last_matches;
  guint64     last_serial;
};

G_DEFINE_FINAL_TYPE (TandemSearchIndex, tandem_search_index, G_TYPE_OBJECT)

static TandemSearchResult *
search_result_copy (TandemSearchResult *result)
{
  TandemSearchResult *copy = g_new0 (TandemSearchResult, 1);

  copy->interview_id = g_strdup (result->interview_id);
  copy->snippet = g_strdup (result->snippet);
  if (result->snippet_matches != NULL)
    copy->snippet_matches = g_array_copy (result->snippet_matches);
  if (result->matches != NULL)
    copy->matches = g_array_copy (result->matches);
  return copy;
}

void
tandem_search_result_free (TandemSearchResult *result)
{
  if (result == NULL)
    return;
  g_free (result->interview_id);
  g_free (result->snippet);
  g_clear_pointer (&result->snippet_matches, g_array_unref);
  g_clear_pointer (&result->matches, g_array_unref);
  g_free (result);
}

G_DEFINE_BOXED_TYPE (TandemSearchResult, tandem_search_result, search_result_copy, tandem_search_result_free)

static void
document_free (Document *doc)
{
  g_free (doc->id);
  for (guint i = 0; i < N_FIELDS; i++)
    {
      g_free (doc->text[i]);
      g_free (doc->folded[i]);
      g_clear_pointer (&doc->irregular[i], g_array_unref);
    }
}

static Document *
document_ref (Document *doc)
{
  return g_atomic_rc_box_acquire (doc);
}

static void
document_unref (gpointer doc)
{
  g_atomic_rc_box_release_full (doc, (GDestroyNotify) document_free);
}

static void
fold_char (gunichar  c,
           GString  *out)
{
  gunichar decomposed[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
  gsize n;

  if (c < 0x80)
    {
      g_string_append_c (out, g_ascii_tolower ((char) c));
      return;
    }
  if (g_unichar_ismark (c))
    return;

  n = g_unichar_fully_decompose (c, FALSE, decomposed, G_N_ELEMENTS (decomposed));
  for (gsize i = 0; i < n; i++)
    {
      char utf8[8];
      int len;
      g_autofree char *folded = NULL;

      if (g_unichar_ismark (decomposed[i]))
        continue;
      if (decomposed[i] < 0x80)
        {
          g_string_append_c (out, g_ascii_tolower ((char) decomposed[i]));
          continue;
        }
      len = g_unichar_to_utf8 (decomposed[i], utf8);
      folded = g_utf8_casefold (utf8, len);
      g_string_append (out, folded);
    }
}

/* tandem_search_fold(), and in @irregular (if not %NULL) the characters of
 * @text that did not become exactly one character of the result: "é" → "e"
 * is regular, "ß" → "ss" and a lone accent → "" are not.  *@irregular stays
 * %NULL when there are none. */
static char *
fold (const char  *text,
      GArray      *map,
      GArray     **irregular)
{
  GString *out;
  int index = 0;

  if (text == NULL)
    return g_strdup ("");

  out = g_string_sized_new (strlen (text));
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p), index++)
    {
      gsize before = out->len;
      guchar byte = (guchar) *p;

      if (byte < 0x80)
        g_string_append_c (out, g_ascii_tolower (byte));
      else
        {
          fold_char (g_utf8_get_char (p), out);
          if (irregular != NULL && g_utf8_strlen (out->str + before, out->len - before) != 1)
            {
              Irregular entry = { before, out->len, index };

              if (*irregular == NULL)
                *irregular = g_array_new (FALSE, FALSE, sizeof (Irregular));
              g_array_append_val (*irregular, entry);
            }
        }
      if (map != NULL)
        for (gsize k = before; k < out->len; k++)
          g_array_append_val (map, index);
    }
  return g_string_free (out, FALSE);
}

/**
 * tandem_search_fold:
 * @text: (nullable): UTF-8 text
 * @map: (nullable): an array of int to fill with, for each byte of the
 *   result, the character of @text it came from
 *
 * Returns: (transfer full): @text without case and accents: "Café" → "cafe",
 *   "Straße" → "strasse".
 */
char *
tandem_search_fold (const char *text,
                    GArray     *map)
{
  return fold (text, map, NULL);
}

/* The folded, distinct words of a query, longest first: a long word rules
 * out most documents at once. */
static GPtrArray *
query_words (const char *query)
{
  g_autofree char *folded = tandem_search_fold (query, NULL);
  g_auto(GStrv) parts = g_strsplit_set (folded, " \t\n\r", -1);
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      gboolean seen = FALSE;

      if (parts[i][0] == '\0')
        continue;
      for (guint k = 0; k < words->len && !seen; k++)
        seen = strcmp (g_ptr_array_index (words, k), parts[i]) == 0;
      if (!seen)
        g_ptr_array_add (words, g_strdup (parts[i]));
    }
  for (guint i = 1; i < words->len; i++)
    for (guint k = i; k > 0 && strlen (words->pdata[k]) > strlen (words->pdata[k - 1]); k--)
      {
        gpointer swap = words->pdata[k];

        words->pdata[k] = words->pdata[k - 1];
        words->pdata[k - 1] = swap;
      }
  return words;
}

static int
compare_matches (gconstpointer a,
                 gconstpointer b)
{
  const TandemSearchMatch *ma = a;
  const TandemSearchMatch *mb = b;

  return ma->start != mb->start ? ma->start - mb->start : mb->end - ma->end;
}

/* Where the character counting of char_at() stands. */
typedef struct
{
  int   byte;   /* in the folded text */
  int   chr;    /* the character of the text it came from */
  guint next;   /* the first irregular character at or after it */
} Cursor;

/* The character of a text that byte @b of its @folded form came from,
 * given the text's @irregular characters.  Counts on from @cursor, so
 * asking for increasing bytes costs the distance between them. */
static int
char_at (const char *folded,
         GArray     *irregular,
         int         b,
         Cursor     *cursor)
{
  /* From the first byte of the character holding @b, so that counting
   * never starts within a character. */
  while (b > 0 && ((guchar) folded[b] & 0xc0) == 0x80)
    b--;
  if (b < cursor->byte)
    *cursor = (Cursor) { 0, 0, 0 };
  while (irregular != NULL && cursor->next < irregular->len)
    {
      const Irregular *entry = &g_array_index (irregular, Irregular, cursor->next);

      if (entry->folded > b)
        break;
      if (b < entry->folded_end)
        {
          cursor->byte = entry->folded;
          cursor->chr = entry->text;
          return entry->text;
        }
      cursor->byte = entry->folded_end;
      cursor->chr = entry->text + 1;
      cursor->next++;
    }
  cursor->chr += g_utf8_strlen (folded + cursor->byte, b - cursor->byte);
  cursor->byte = b;
  return cursor->chr;
}

/* Every occurrence of each of @words in @text, in characters of @text, in
 * order.  @folded and @irregular are those of @text when known (from the
 * index); else @text is folded here. */
static void
find_all (GPtrArray  *words,
          const char *field,
          const char *text,
          const char *folded,
          GArray     *irregular,
          GArray     *out)
{
  g_autoptr(GArray) refolded_irregular = NULL;
  g_autofree char *refolded = NULL;
  guint first = out->len;

  if (folded == NULL)
    {
      refolded = fold (text, NULL, &refolded_irregular);
      folded = refolded;
      irregular = refolded_irregular;
    }

  for (guint w = 0; w < words->len; w++)
    {
      const char *word = g_ptr_array_index (words, w);
      gsize len = strlen (word);
      Cursor cursor = { 0, 0, 0 };

      for (const char *hit = strstr (folded, word); hit != NULL; hit = strstr (hit + len, word))
        {
          TandemSearchMatch match = { field, 0, 0 };

          match.start = char_at (folded, irregular, hit - folded, &cursor);
          match.end = char_at (folded, irregular, hit - folded + len - 1, &cursor) + 1;
          g_array_append_val (out, match);
        }
    }
  if (out->len > first)
    g_array_sort (out, compare_matches);
}

/**
 * tandem_search_find_in_text:
 * @query: what the user typed
 * @text: (nullable): one text, such as the notes on screen
 *
 * Returns: (transfer full) (element-type TandemSearchMatch): where the words
 *   of @query occur in @text, in characters, sorted (field "text").
 */
GArray *
tandem_search_find_in_text (const char *query,
                            const char *text)
{
  g_autoptr(GPtrArray) words = query_words (query != NULL ? query : "");
  GArray *out = g_array_new (FALSE, FALSE, sizeof (TandemSearchMatch));

  if (text != NULL)
    find_all (words, "text", text, NULL, NULL, out);
  return out;
}

static void
tandem_search_index_finalize (GObject *object)
{
  TandemSearchIndex *self = TANDEM_SEARCH_INDEX (object);

  g_ptr_array_unref (self->documents);
  g_hash_table_unref (self->by_id);
  g_clear_pointer (&self->last_words, g_ptr_array_unref);
  g_clear_pointer (&self->last_matches, g_ptr_array_unref);
  g_mutex_clear (&self->lock);

  G_OBJECT_CLASS (tandem_search_index_parent_class)->finalize (object);
}

static void
tandem_search_index_class_init (TandemSearchIndexClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tandem_search_index_finalize;
}

static void
tandem_search_index_init (TandemSearchIndex *self)
{
  g_mutex_init (&self->lock);
  self->documents = g_ptr_array_new_with_free_func (document_unref);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
}

TandemSearchIndex *
tandem_search_index_new (void)
{
  return g_object_new (TANDEM_TYPE_SEARCH_INDEX, NULL);
}

/* Copies an interview's texts, on the thread that owns the workspace. */
static Document *
document_new (TandemSearchIndex *self,
              TandemObject      *interview)
{
  Document *doc = g_atomic_rc_box_new0 (Document);

  doc->id = g_strdup (tandem_object_get_id (interview));
  for (guint i = 0; i < N_FIELDS; i++)
    doc->text[i] = g_strdup (tandem_object_get_string (interview, field_names[i]));
  g_mutex_lock (&self->lock);
  doc->serial = ++self->next_serial;
  g_mutex_unlock (&self->lock);
  return doc;
}

static void
document_fold (Document *doc)
{
  for (guint i = 0; i < N_FIELDS; i++)
    if (doc->folded[i] == NULL)
      doc->folded[i] = fold (doc->text[i], NULL, &doc->irregular[i]);
}

/* Puts @doc in, unless a newer one of the same id is there. Takes @doc. */
static void
store (TandemSearchIndex *self,
       Document          *doc)
{
  gpointer index;

  g_mutex_lock (&self->lock);
  if (g_hash_table_lookup_extended (self->by_id, doc->id, NULL, &index))
    {
      Document **slot = (Document **) &self->documents->pdata[GPOINTER_TO_UINT (index)];

      if ((*slot)->serial < doc->serial)
        {
          g_hash_table_replace (self->by_id, doc->id, index);
          document_unref (*slot);
          *slot = doc;
          doc = NULL;
        }
    }
  else
    {
      g_hash_table_insert (self->by_id, doc->id, GUINT_TO_POINTER (self->documents->len));
      g_ptr_array_add (self->documents, doc);
      doc = NULL;
    }
  g_mutex_unlock (&self->lock);

  if (doc != NULL)
    document_unref (doc);
}

guint
tandem_search_index_get_n_documents (TandemSearchIndex *self)
{
  guint n = 0;

  g_return_val_if_fail (TANDEM_IS_SEARCH_INDEX (self), 0);

  g_mutex_lock (&self->lock);
  for (guint i = 0; i < self->documents->len; i++)
    if (!((Document *) g_ptr_array_index (self->documents, i))->removed)
      n++;
  g_mutex_unlock (&self->lock);
  return n;
}

/**
 * tandem_search_index_update:
 * @interview: an interview that was added or whose texts changed
 *
 * Indexes @interview again; quick enough to call on every keystroke.
 */
void
tandem_search_index_update (TandemSearchIndex *self,
                            TandemObject      *interview)
{
  Document *doc;

  g_return_if_fail (TANDEM_IS_SEARCH_INDEX (self));
  g_return_if_fail (TANDEM_IS_INTERVIEW (interview));

  doc = document_new (self, interview);
  document_fold (doc);
  store (self, doc);
}

void
tandem_search_index_remove (TandemSearchIndex *self,
                            const char        *interview_id)
{
  Document *doc;

  g_return_if_fail (TANDEM_IS_SEARCH_INDEX (self));
  g_return_if_fail (interview_id != NULL);

  doc = g_atomic_rc_box_new0 (Document);
  doc->id = g_strdup (interview_id);
  doc->removed = TRUE;
  g_mutex_lock (&self->lock);
  doc->serial = ++self->next_serial;
  g_mutex_unlock (&self->lock);
  store (self, doc);
}

static GPtrArray *
copy_documents (TandemSearchIndex *self,
                TandemWorkspace   *workspace)
{
  GListModel *interviews = G_LIST_MODEL (tandem_workspace_get_interviews (workspace));
  GPtrArray *docs = g_ptr_array_new_with_free_func (document_unref);

  for (guint i = 0; i < g_list_model_get_n_items (interviews); i++)
    {
      g_autoptr(TandemObject) interview = g_list_model_get_item (interviews, i);

      g_ptr_array_add (docs, document_new (self, interview));
    }
  return docs;
}

static void
fill_thread (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  TandemSearchIndex *self = source;
  GPtrArray *docs = task_data;

  for (guint i = 0; i < docs->len; i++)
    {
      if (g_task_return_error_if_cancelled (task))
        return;
      document_fold (g_ptr_array_index (docs, i));
    }
  for (guint i = 0; i < docs->len; i++)
    store (self, document_ref (g_ptr_array_index (docs, i)));
  g_task_return_boolean (task, TRUE);
}

/**
 * tandem_search_index_fill_async:
 *
 * Indexes every interview of @workspace.  The texts are copied at once, on
 * the calling thread; folding them happens in a worker thread.  Updates made
 * meanwhile win over the copies.
 */
void
tandem_search_index_fill_async (TandemSearchIndex   *self,
                                TandemWorkspace     *workspace,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (TANDEM_IS_SEARCH_INDEX (self));
  g_return_if_fail (TANDEM_IS_WORKSPACE (workspace));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, tandem_search_index_fill_async);
  g_task_set_task_data (task, copy_documents (self, workspace), (GDestroyNotify) g_ptr_array_unref);
  g_task_run_in_thread (task, fill_thread);
}

gboolean
tandem_search_index_fill_finish (TandemSearchIndex  *self,
                                 GAsyncResult       *result,
                                 GError            **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * tandem_search_index_fill:
 *
 * As tandem_search_index_fill_async(), on the calling thread.
 */
void
tandem_search_index_fill (TandemSearchIndex *self,
                          TandemWorkspace   *workspace)
{
  g_autoptr(GPtrArray) docs = NULL;

  g_return_if_fail (TANDEM_IS_SEARCH_INDEX (self));

  docs = copy_documents (self, workspace);
  for (guint i = 0; i < docs->len; i++)
    {
      document_fold (g_ptr_array_index (docs, i));
      store (self, document_ref (g_ptr_array_index (docs, i)));
    }
}

static gboolean
document_matches (Document  *doc,
                  GPtrArray *words)
{
  for (guint w = 0; w < words->len; w++)
    {
      const char *word = g_ptr_array_index (words, w);
      gboolean found = FALSE;

      for (guint f = 0; f < N_FIELDS && !found; f++)
        found = doc->folded[f] != NULL && strstr (doc->folded[f], word) != NULL;
      if (!found)
        return FALSE;
    }
  return TRUE;
}

/* A piece of the notes around the first match, on one line, with the
 * matches inside it. */
static void
make_snippet (TandemSearchResult *result,
              const char         *text,
              GArray             *matches)
{
  const TandemSearchMatch *first = &g_array_index (matches, TandemSearchMatch, 0);
  glong length = g_utf8_strlen (text, -1);
  int from = MAX (0, first->start - SNIPPET_CONTEXT / 2);
  int to = MIN (length, first->end + SNIPPET_CONTEXT);
  GString *snippet = g_string_new (NULL);
  const char *p;
  int lead = 0;

  /* Start and end at word boundaries. */
  p = g_utf8_offset_to_pointer (text, from);
  while (from > 0 && from < first->start && !g_unichar_isspace (g_utf8_get_char (g_utf8_prev_char (p))))
    {
      p = g_utf8_next_char (p);
      from++;
    }
  if (from > 0)
    {
      g_string_append (snippet, "…");
      lead = 1;
    }
  for (int i = from; i < to && *p != '\0'; i++, p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\n' || c == '\r' || c == '\t')
        g_string_append_c (snippet, ' ');
      else
        g_string_append_unichar (snippet, c);
    }
  if (to < length)
    g_string_append (snippet, "…");

  result->snippet_matches = g_array_new (FALSE, FALSE, sizeof (TandemSearchMatch));
  for (guint i = 0; i < matches->len; i++)
    {
      const TandemSearchMatch *m = &g_array_index (matches, TandemSearchMatch, i);
      TandemSearchMatch in = { "snippet", m->start - from + lead, m->end - from + lead };

      if (m->field != first->field || m->start < from || m->end > to)
        continue;
      g_array_append_val (result->snippet_matches, in);
    }
  result->snippet = g_string_free (snippet, FALSE);
}

/* Gives @result its matches in @doc and a snippet. */
static void
detail (TandemSearchResult *result,
        Document           *doc,
        GPtrArray          *words)
{
  /* The snippet comes from the notes when they match, else the company or
   * the customer. */
  result->matches = g_array_new (FALSE, FALSE, sizeof (TandemSearchMatch));
  for (int f = N_FIELDS - 1; f >= 0; f--)
    {
      g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (TandemSearchMatch));

      find_all (words, field_names[f], doc->text[f], doc->folded[f], doc->irregular[f], found);
      if (found->len == 0)
        continue;
      if (result->snippet == NULL)
        make_snippet (result, doc->text[f], found);
      g_array_append_vals (result->matches, found->data, found->len);
    }
}

static TandemSearchResult *
make_result (Document  *doc,
             GPtrArray *words,
             gboolean   detailed)
{
  TandemSearchResult *result = g_new0 (TandemSearchResult, 1);

  result->interview_id = g_strdup (doc->id);
  if (detailed)
    detail (result, doc, words);
  return result;
}

/**
 * tandem_search_index_detail:
 * @result: a result of tandem_search_index_query() on @self
 * @query: the query that gave @result
 *
 * Gives @result its match positions and snippet, if the query did not, from
 * the texts as indexed now: for the results that come into view, when they
 * do, rather than for all of them at once.  Takes no longer than the query
 * took for one result, since the folded texts are kept.
 *
 * Returns: whether @result has a snippet
 */
gboolean
tandem_search_index_detail (TandemSearchIndex  *self,
                            TandemSearchResult *result,
                            const char         *query)
{
  g_autoptr(GPtrArray) words = NULL;
  Document *doc = NULL;
  gpointer index;

  g_return_val_if_fail (TANDEM_IS_SEARCH_INDEX (self), FALSE);
  g_return_val_if_fail (result != NULL, FALSE);

  if (result->matches != NULL)
    return result->snippet != NULL;

  g_mutex_lock (&self->lock);
  if (g_hash_table_lookup_extended (self->by_id, result->interview_id, NULL, &index))
    doc = document_ref (g_ptr_array_index (self->documents, GPOINTER_TO_UINT (index)));
  g_mutex_unlock (&self->lock);

  words = query_words (query != NULL ? query : "");
  if (doc == NULL || doc->removed || words->len == 0)
    result->matches = g_array_new (FALSE, FALSE, sizeof (TandemSearchMatch));
  else
    detail (result, doc, words);
  if (doc != NULL)
    document_unref (doc);
  return result->snippet != NULL;
}

/* Whether every document matching @words also matches @previous: each
 * previous word is part of a new one. */
static gboolean
narrows (GPtrArray *words,
         GPtrArray *previous)
{
  if (previous == NULL)
    return FALSE;
  for (guint i = 0; i < previous->len; i++)
    {
      gboolean covered = FALSE;

      for (guint k = 0; k < words->len && !covered; k++)
        covered = strstr (g_ptr_array_index (words, k), g_ptr_array_index (previous, i)) != NULL;
      if (!covered)
        return FALSE;
    }
  return TRUE;
}

static GPtrArray *
copy_words (GPtrArray *words)
{
  GPtrArray *copy = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < words->len; i++)
    g_ptr_array_add (copy, g_strdup (g_ptr_array_index (words, i)));
  return copy;
}

/**
 * tandem_search_index_query:
 * @query: what the user typed; every word must occur in the customer, the
 *   company or the notes, ignoring case and accents
 * @n_detailed: how many of the first results get a snippet and match
 *   positions (the others only say which interview matched)
 * @cancellable: (nullable): to give up early
 *
 * Safe to call from any thread.
 *
 * Returns: (transfer full) (element-type TandemSearchResult): the matching
 *   interviews in the order first indexed; empty for an empty query and when
 *   cancelled.
 */
GPtrArray *
tandem_search_index_query (TandemSearchIndex *self,
                           const char        *query,
                           guint              n_detailed,
                           GCancellable      *cancellable)
{
  g_autoptr(GPtrArray) words = NULL;
  g_autoptr(GPtrArray) snapshot = NULL;
  g_autoptr(GPtrArray) matched = NULL;
  GPtrArray *results = g_ptr_array_new_with_free_func ((GDestroyNotify) tandem_search_result_free);
  guint64 serial;

  g_return_val_if_fail (TANDEM_IS_SEARCH_INDEX (self), results);

  words = query_words (query != NULL ? query : "");
  if (words->len == 0)
    return results;

  g_mutex_lock (&self->lock);
  if (self->last_serial == self->next_serial && narrows (words, self->last_words))
    snapshot = g_ptr_array_ref (self->last_matches);
  else
    {
      snapshot = g_ptr_array_new_full (self->documents->len, document_unref);
      for (guint i = 0; i < self->documents->len; i++)
        g_ptr_array_add (snapshot, document_ref (g_ptr_array_index (self->documents, i)));
    }
  serial = self->next_serial;
  g_mutex_unlock (&self->lock);

  matched = g_ptr_array_new_with_free_func (document_unref);
  for (guint i = 0; i < snapshot->len; i++)
    {
      Document *doc = g_ptr_array_index (snapshot, i);

      if ((i & 63) == 0 && g_cancellable_is_cancelled (cancellable))
        {
          g_ptr_array_set_size (results, 0);
          return results;
        }
      if (doc->removed || !document_matches (doc, words))
        continue;
      g_ptr_array_add (matched, document_ref (doc));
      g_ptr_array_add (results, make_result (doc, words, results->len < n_detailed));
    }

  g_mutex_lock (&self->lock);
  if (self->next_serial == serial)
    {
      g_clear_pointer (&self->last_words, g_ptr_array_unref);
      g_clear_pointer (&self->last_matches, g_ptr_array_unref);
      self->last_words = copy_words (words);
      self->last_matches = g_steal_pointer (&matched);
      self->last_serial = serial;
    }
  g_mutex_unlock (&self->lock);
  return results;
}

typedef struct
{
  char  *query;
  guint  n_detailed;
} QueryData;

static void
query_data_free (QueryData *data)
{
  g_free (data->query);
  g_free (data);
}

static void
query_thread (GTask        *task,
              gpointer      source,
              gpointer      task_data,
              GCancellable *cancellable)
{
  QueryData *data = task_data;
  GPtrArray *results = tandem_search_index_query (source, data->query, data->n_detailed, cancellable);

  if (g_task_return_error_if_cancelled (task))
    g_ptr_array_unref (results);
  else
    g_task_return_pointer (task, results, (GDestroyNotify) g_ptr_array_unref);
}

/**
 * tandem_search_index_query_async:
 *
 * As tandem_search_index_query(), in a worker thread.
 */
void
tandem_search_index_query_async (TandemSearchIndex   *self,
                                 const char          *query,
                                 guint                n_detailed,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  QueryData *data;

  g_return_if_fail (TANDEM_IS_SEARCH_INDEX (self));

  data = g_new0 (QueryData, 1);
  data->query = g_strdup (query);
  data->n_detailed = n_detailed;
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, tandem_search_index_query_async);
  g_task_set_task_data (task, data, (GDestroyNotify) query_data_free);
  g_task_run_in_thread (task, query_thread);
}

/**
 * tandem_search_index_query_finish:
 *
 * Returns: (transfer full) (element-type TandemSearchResult): as
 *   tandem_search_index_query(), or %NULL with @error set when cancelled.
 */
GPtrArray *
tandem_search_index_query_finish (TandemSearchIndex  *self,
                                  GAsyncResult       *result,
                                  GError            **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
