/* test-notes-ops.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tandem-core.h"

/* "We need offline sync badly. The café wifi is awful." with the highlight
 * "offline sync" at [8, 20). */
#define NOTES "We need offline sync badly. The café wifi is awful."

typedef struct
{
  TandemWorkspace *ws;
  TandemInterview *interview;
  TandemHighlight *highlight;
  TandemCard      *card;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(TandemObject) column = NULL;
  g_autoptr(GError) error = NULL;

  f->ws = tandem_workspace_new_untitled ();
  column = g_list_model_get_item (G_LIST_MODEL (tandem_workspace_get_columns (f->ws)), 0);
  f->card = tandem_workspace_create (f->ws, TANDEM_TYPE_CARD, NULL,
                                     "title", "Offline sync",
                                     "column", tandem_object_get_id (column),
                                     "rank", "a0", NULL);
  f->interview = tandem_workspace_create (f->ws, TANDEM_TYPE_INTERVIEW, NULL,
                                          "customer", "Ana", "notes", NOTES, NULL);
  f->highlight = tandem_notes_ops_add_highlight (f->ws, f->interview, 8, 20, &error);
  g_assert_no_error (error);
  g_assert_nonnull (f->highlight);
  g_assert_cmpstr (tandem_object_get_string (TANDEM_OBJECT (f->highlight), "quote"), ==,
                   "offline sync");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->ws);
}

static const char *
notes_of (Fixture *f)
{
  return tandem_object_get_string (TANDEM_OBJECT (f->interview), "notes");
}

static void
assert_range (TandemHighlight *highlight,
              int              start,
              int              end)
{
  g_assert_cmpint (tandem_object_get_int (TANDEM_OBJECT (highlight), "start"), ==, start);
  g_assert_cmpint (tandem_object_get_int (TANDEM_OBJECT (highlight), "end"), ==, end);
}

static guint
n_highlights (Fixture *f)
{
  return g_list_model_get_n_items (G_LIST_MODEL (tandem_object_get_children (TANDEM_OBJECT (f->interview))));
}

static void
edit (Fixture         *f,
      int              offset,
      int              n_deleted,
      const char      *inserted,
      TandemEditFlags  flags)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (tandem_notes_ops_edit (f->ws, f->interview, offset, n_deleted, inserted,
                                        flags, &error));
  g_assert_no_error (error);
}

/* Every case of an edit against a highlight [10, 20). */
static void
test_map_range (void)
{
  const struct {
    int offset, n_deleted, n_inserted;
    gboolean kept;
    int start, end;
  } cases[] = {
    { 2, 0, 3, TRUE, 13, 23 },    /* typed before */
    { 10, 0, 3, TRUE, 13, 23 },   /* typed at the start: stays outside */
    { 15, 0, 3, TRUE, 10, 23 },   /* typed inside: grows */
    { 20, 0, 3, TRUE, 10, 20 },   /* typed at the end: stays outside */
    { 25, 0, 3, TRUE, 10, 20 },   /* typed after */
    { 2, 4, 0, TRUE, 6, 16 },     /* deleted before */
    { 6, 4, 0, TRUE, 6, 16 },     /* deleted right up to the start */
    { 12, 4, 0, TRUE, 10, 16 },   /* deleted inside */
    { 10, 4, 0, TRUE, 10, 16 },   /* deleted its first characters */
    { 16, 4, 0, TRUE, 10, 16 },   /* deleted its last characters */
    { 8, 4, 0, TRUE, 8, 16 },     /* deleted across the start */
    { 18, 4, 0, TRUE, 10, 18 },   /* deleted across the end */
    { 20, 4, 0, TRUE, 10, 20 },   /* deleted after */
    { 10, 10, 0, FALSE, 10, 10 }, /* deleted exactly: gone */
    { 5, 20, 0, FALSE, 5, 5 },    /* deleted with more: gone */
    { 5, 20, 4, FALSE, 5, 5 },    /* replaced with more: gone too */
    { 12, 2, 5, TRUE, 10, 23 },   /* replaced inside */
    { 8, 4, 1, TRUE, 8, 17 },     /* replaced across the start: the new text joins */
    { 18, 4, 1, TRUE, 10, 19 },   /* replaced across the end: the new text joins */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      int start = 10;
      int end = 20;
      gboolean kept = tandem_notes_ops_map_range (&start, &end, cases[i].offset,
                                                  cases[i].n_deleted, cases[i].n_inserted);

      g_test_message ("case %u", i);
      g_assert_cmpint (kept, ==, cases[i].kept);
      g_assert_cmpint (start, ==, cases[i].start);
      g_assert_cmpint (end, ==, cases[i].end);
    }
}

static void
test_type_before (Fixture       *f,
                  gconstpointer  data)
{
  guint64 revision = tandem_workspace_get_revision (f->ws);

  edit (f, 0, 0, "Á ", TANDEM_EDIT_NONE);
  g_assert_cmpstr (notes_of (f), ==, "Á " NOTES);
  assert_range (f->highlight, 10, 22);
  g_assert_true (tandem_notes_ops_is_anchored (f->highlight, notes_of (f)));

  /* Notes and highlight come back together in one step. */
  g_assert_true (tandem_workspace_undo (f->ws));
  g_assert_cmpstr (notes_of (f), ==, NOTES);
  assert_range (f->highlight, 8, 20);
  g_assert_cmpuint (tandem_workspace_get_revision (f->ws), ==, revision);
  g_assert_true (tandem_workspace_redo (f->ws));
  assert_range (f->highlight, 10, 22);
}

static void
test_type_inside_and_after (Fixture       *f,
                            gconstpointer  data)
{
  edit (f, 15, 0, "-ish", TANDEM_EDIT_NONE);
  assert_range (f->highlight, 8, 24);
  g_assert_cmpstr (tandem_object_get_string (TANDEM_OBJECT (f->highlight), "quote"), ==,
                   "offline-ish sync");

  edit (f, 24, 0, "!", TANDEM_EDIT_NONE);
  assert_range (f->highlight, 8, 24);
  edit (f, 8, 0, "the ", TANDEM_EDIT_NONE);
  assert_range (f->highlight, 12, 28);
  g_assert_true (tandem_notes_ops_is_anchored (f->highlight, notes_of (f)));
}

static void
test_delete_across (Fixture       *f,
                    gconstpointer  data)
{
  /* "need offl" goes: across the start. */
  edit (f, 3, 9, NULL, TANDEM_EDIT_NONE);
  g_assert_cmpstr (notes_of (f), ==, "We ine sync badly. The café wifi is awful.");
  assert_range (f->highlight, 3, 11);
  g_assert_cmpstr (tandem_object_get_string (TANDEM_OBJECT (f->highlight), "quote"), ==,
                   "ine sync");
  g_assert_true (tandem_workspace_undo (f->ws));
  g_assert_cmpstr (tandem_object_get_string (TANDEM_OBJECT (f->highlight), "quote"), ==,
                   "offline sync");
  assert_range (f->highlight, 8, 20);
}

static void
test_delete_whole (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *id = g_strdup (tandem_object_get_id (TANDEM_OBJECT (f->highlight)));

  tandem_workspace_set (f->ws, f->highlight, "card", tandem_object_get_id (TANDEM_OBJECT (f->card)),
                        "weight", 3, NULL);
  edit (f, 3, 20, NULL, TANDEM_EDIT_NONE);
  g_assert_cmpuint (n_highlights (f), ==, 0);
  g_assert_null (tandem_workspace_lookup (f->ws, id));

  /* Undo brings it back with its card and weight. */
  g_assert_true (tandem_workspace_undo (f->ws));
  g_assert_cmpuint (n_highlights (f), ==, 1);
  g_assert_true (tandem_workspace_lookup (f->ws, id) == TANDEM_OBJECT (f->highlight));
  g_assert_cmpstr (tandem_object_get_string (TANDEM_OBJECT (f->highlight), "card"), ==,
                   tandem_object_get_id (TANDEM_OBJECT (f->card)));
  g_assert_cmpint (tandem_object_get_int (TANDEM_OBJECT (f->highlight), "weight"), ==, 3);
  g_assert_cmpstr (notes_of (f), ==, NOTES);
}

static void
test_coalesce (Fixture       *f,
               gconstpointer  data)
{
  const char *word = "Really";
  guint64 before;

  /* Typing a word before the highlight, key by key, then a space. */
  edit (f, 0, 0, " ", TANDEM_EDIT_NONE);
  before = tandem_workspace_get_revision (f->ws);
  for (int i = 0; word[i] != '\0'; i++)
    {
      char key[2] = { word[i], '\0' };

      edit (f, i, 0, key, i == 0 ? TANDEM_EDIT_NONE : TANDEM_EDIT_COALESCE);
    }
  g_assert_cmpstr (notes_of (f), ==, "Really " NOTES);
  assert_range (f->highlight, 15, 27);
  g_assert_cmpuint (tandem_workspace_get_revision (f->ws), !=, before);

  /* One undo takes the whole word, and the highlight back with it. */
  g_assert_true (tandem_workspace_undo (f->ws));
  g_assert_cmpstr (notes_of (f), ==, " " NOTES);
  assert_range (f->highlight, 9, 21);
  g_assert_cmpuint (tandem_workspace_get_revision (f->ws), ==, before);
  g_assert_true (tandem_workspace_redo (f->ws));
  g_assert_cmpstr (notes_of (f), ==, "Really " NOTES);
  assert_range (f->highlight, 15, 27);

  /* Deleting does not join typing, however quick. */
  edit (f, 5, 1, NULL, TANDEM_EDIT_COALESCE);
  edit (f, 4, 1, NULL, TANDEM_EDIT_COALESCE);
  g_assert_cmpstr (notes_of (f), ==, "Real " NOTES);
  g_assert_true (tandem_workspace_undo (f->ws));
  g_assert_cmpstr (notes_of (f), ==, "Really " NOTES);

  /* A word boundary starts a new step. */
  edit (f, 6, 0, ",", TANDEM_EDIT_NONE);
  g_assert_true (tandem_workspace_undo (f->ws));
  g_assert_cmpstr (notes_of (f), ==, "Really " NOTES);
  g_assert_true (tandem_workspace_undo (f->ws));
  g_assert_cmpstr (notes_of (f), ==, " " NOTES);
}

static void
test_coalesce_not_across_save (Fixture       *f,
                               gconstpointer  data)
{
  edit (f, 0, 0, "a", TANDEM_EDIT_NONE);
  tandem_workspace_mark_saved (f->ws, tandem_workspace_get_revision (f->ws));
  edit (f, 1, 0, "b", TANDEM_EDIT_COALESCE);
  g_assert_true (tandem_workspace_get_dirty (f->ws));
  g_assert_true (tandem_workspace_undo (f->ws));
  g_assert_false (tandem_workspace_get_dirty (f->ws));
  g_assert_true (g_str_has_prefix (notes_of (f), "aWe"));
}

static void
test_bad_edits (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) error2 = NULL;
  guint64 revision = tandem_workspace_get_revision (f->ws);

  g_assert_false (tandem_notes_ops_edit (f->ws, f->interview, 50, 10, NULL, TANDEM_EDIT_NONE, &error));
  g_assert_error (error, TANDEM_OBJECT_ERROR, TANDEM_OBJECT_ERROR_INVALID_VALUE);
  g_assert_false (tandem_notes_ops_edit (f->ws, f->interview, 0, 0, "\x01", TANDEM_EDIT_NONE, &error2));
  g_assert_nonnull (error2);
  g_assert_cmpuint (tandem_workspace_get_revision (f->ws), ==, revision);
  g_assert_cmpstr (notes_of (f), ==, NOTES);
}

static void
test_find_quote (void)
{
  const char *notes = "sync é sync é sync";
  int start = -1;
  int end = -1;

  g_assert_true (tandem_notes_ops_find_quote (notes, "sync", 0, &start, &end));
  g_assert_cmpint (start, ==, 0);
  g_assert_true (tandem_notes_ops_find_quote (notes, "sync", 8, &start, &end));
  g_assert_cmpint (start, ==, 7);
  g_assert_cmpint (end, ==, 11);
  g_assert_true (tandem_notes_ops_find_quote (notes, "sync", 100, &start, &end));
  g_assert_cmpint (start, ==, 14);
  g_assert_true (tandem_notes_ops_find_quote (notes, "é sync", 13, &start, &end));
  g_assert_cmpint (start, ==, 12);
  g_assert_false (tandem_notes_ops_find_quote (notes, "async", 0, &start, &end));
}

static void
test_reanchor (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(TandemHighlight) gone = NULL;
  TandemHighlight *second;

  second = tandem_notes_ops_add_highlight (f->ws, f->interview, 32, 36, NULL);
  g_assert_cmpstr (tandem_object_get_string (TANDEM_OBJECT (second), "quote"), ==, "café");

  /* Someone rewrote the notes in another editor. */
  tandem_workspace_set (f->ws, f->interview, "notes",
                        "Intro. Later: offline sync. Earlier: offline sync. No coffee.", NULL);
  g_assert_false (tandem_notes_ops_is_anchored (f->highlight, notes_of (f)));
  g_assert_cmpuint (tandem_notes_ops_reanchor (f->ws, f->interview), ==, 2);

  /* The occurrence nearest the old start (8) wins; the quote that is gone is
   * flagged and left where it was. */
  assert_range (f->highlight, 14, 26);
  g_assert_true (tandem_notes_ops_is_anchored (f->highlight, notes_of (f)));
  assert_range (second, 32, 36);
  g_assert_true (g_value_get_boolean (tandem_object_get_value (TANDEM_OBJECT (second), 6)));
  g_assert_false (g_value_get_boolean (tandem_object_get_value (TANDEM_OBJECT (f->highlight), 6)));

  /* Nothing more to do; then undo puts everything back in one step. */
  g_assert_cmpuint (tandem_notes_ops_reanchor (f->ws, f->interview), ==, 0);
  g_assert_true (tandem_workspace_undo (f->ws));
  assert_range (f->highlight, 8, 20);
  g_assert_false (g_value_get_boolean (tandem_object_get_value (TANDEM_OBJECT (second), 6)));

  /* The same, in place, for a merge result. */
  g_assert_cmpuint (tandem_notes_ops_reanchor_detached (f->interview), ==, 2);
  assert_range (f->highlight, 14, 26);
}

static void
test_evidence (Fixture       *f,
               gconstpointer  data)
{
  const char *card_id = tandem_object_get_id (TANDEM_OBJECT (f->card));
  TandemInterview *other;
  TandemHighlight *h2;
  TandemHighlight *h3;
  g_autoptr(GPtrArray) list = NULL;
  guint n = 99;
  guint weight = 99;

  tandem_notes_ops_get_evidence (f->ws, card_id, &n, &weight);
  g_assert_cmpuint (n, ==, 0);
  g_assert_cmpuint (weight, ==, 0);

  other = tandem_workspace_create (f->ws, TANDEM_TYPE_INTERVIEW, NULL, "customer", "Bo",
                                   "notes", "Sync offline please, sync it all", NULL);
  h2 = tandem_notes_ops_add_highlight (f->ws, other, 0, 12, NULL);
  h3 = tandem_notes_ops_add_highlight (f->ws, other, 20, 27, NULL);
  tandem_workspace_set (f->ws, f->highlight, "card", card_id, "weight", 2, NULL);
  tandem_workspace_set (f->ws, h2, "card", card_id, NULL);
  tandem_workspace_set (f->ws, h3, "card", card_id, "weight", 3, NULL);

  /* Two interviews, not three highlights; weights 2 + 1 + 3. */
  tandem_notes_ops_get_evidence (f->ws, card_id, &n, &weight);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpuint (weight, ==, 6);
  list = tandem_notes_ops_list_evidence (f->ws, card_id);
  g_assert_cmpuint (list->len, ==, 3);
  g_assert_true (tandem_object_get_parent (g_ptr_array_index (list, 2)) == TANDEM_OBJECT (other));

  /* Removing the card clears the links, and the evidence with them. */
  g_clear_pointer (&list, g_ptr_array_unref);
  g_assert_true (tandem_workspace_remove (f->ws, f->card, NULL));
  tandem_notes_ops_get_evidence (f->ws, card_id, &n, &weight);
  g_assert_cmpuint (n, ==, 0);
}

static void
test_tags (Fixture       *f,
           gconstpointer  data)
{
  const char *tags[] = { "pricing", "onboarding", NULL };
  g_auto(GStrv) all = NULL;

  tandem_workspace_set (f->ws, f->highlight, "tags", tags, NULL);
  all = tandem_notes_ops_list_tags (f->ws);
  g_assert_cmpuint (g_strv_length (all), ==, 7);
  g_assert_cmpstr (all[0], ==, "pain");
  g_assert_cmpstr (all[5], ==, "praise");
  g_assert_cmpstr (all[6], ==, "onboarding");

  /* An interview has the tags of its highlights and its own. */
  g_assert_true (tandem_notes_ops_interview_has_tag (f->interview, "onboarding"));
  g_assert_false (tandem_notes_ops_interview_has_tag (f->interview, "need"));
  g_assert_false (tandem_notes_ops_interview_has_tag (f->interview, "enterprise"));
  tandem_workspace_set (f->ws, TANDEM_OBJECT (f->interview), "tags", (const char * const []) { "enterprise", NULL }, NULL);
  g_assert_true (tandem_notes_ops_interview_has_tag (f->interview, "enterprise"));
}

static guint
n_tag_objects (Fixture *f)
{
  return g_list_model_get_n_items (G_LIST_MODEL (tandem_workspace_get_container (f->ws, "highlight-tags")));
}

static void
assert_tag_set (Fixture    *f,
                const char *expected)
{
  g_auto(GStrv) set = tandem_notes_ops_list_tag_set (f->ws);
  g_autofree char *joined = g_strjoinv (" ", set);

  g_assert_cmpstr (joined, ==, expected);
}

static void
assert_highlight_tags (TandemHighlight *highlight,
                       const char      *expected)
{
  g_autofree char *joined = g_strjoinv (" ", (GStrv) tandem_object_get_list (TANDEM_OBJECT (highlight), "tags"));

  g_assert_cmpstr (joined, ==, expected);
}

/* The first edit copies the default set in; undoing it leaves the workspace
 * without a set of its own again. */
static void
test_tag_set_add (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  assert_tag_set (f, "pain need quote competitor pricing praise");
  g_assert_cmpuint (n_tag_objects (f), ==, 0);

  g_assert_true (tandem_notes_ops_add_tag (f->ws, "  onboarding ", &error));
  g_assert_no_error (error);
  assert_tag_set (f, "pain need quote competitor pricing praise onboarding");
  g_assert_cmpuint (n_tag_objects (f), ==, 7);
  g_assert_cmpstr (tandem_workspace_get_undo_label (f->ws), ==, "Add Tag");

  g_assert_false (tandem_notes_ops_add_tag (f->ws, "pain", &error));
  g_assert_error (error, TANDEM_OBJECT_ERROR, TANDEM_OBJECT_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_false (tandem_notes_ops_add_tag (f->ws, " \t", &error));
  g_assert_error (error, TANDEM_OBJECT_ERROR, TANDEM_OBJECT_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_cmpuint (n_tag_objects (f), ==, 7);

  g_assert_true (tandem_notes_ops_add_tag (f->ws, "security", NULL));
  assert_tag_set (f, "pain need quote competitor pricing praise onboarding security");

  g_assert_true (tandem_workspace_undo (f->ws));
  g_assert_true (tandem_workspace_undo (f->ws));
  g_assert_cmpuint (n_tag_objects (f), ==, 0);
  assert_tag_set (f, "pain need quote competitor pricing praise");
  g_assert_true (tandem_workspace_redo (f->ws));
  assert_tag_set (f, "pain need quote competitor pricing praise onboarding");
}

/* Renaming a tag renames it on the highlights that carry it, in one step. */
static void
test_tag_set_rename (Fixture       *f,
                     gconstpointer  data)
{
  const char *tags[] = { "need", "pricing", NULL };
  g_autoptr(GError) error = NULL;

  tandem_workspace_set (f->ws, f->highlight, "tags", tags, NULL);
  g_assert_cmpuint (tandem_notes_ops_count_tag_uses (f->ws, "pricing"), ==, 1);
  g_assert_cmpuint (tandem_notes_ops_count_tag_uses (f->ws, "pain"), ==, 0);

  g_assert_true (tandem_notes_ops_rename_tag (f->ws, "pricing", "price", &error));
  g_assert_no_error (error);
  assert_tag_set (f, "pain need quote competitor price praise");
  assert_highlight_tags (f->highlight, "need price");
  g_assert_cmpuint (tandem_notes_ops_count_tag_uses (f->ws, "pricing"), ==, 0);
  g_assert_cmpuint (tandem_notes_ops_count_tag_uses (f->ws, "price"), ==, 1);

  g_assert_false (tandem_notes_ops_rename_tag (f->ws, "price", "need", &error));
  g_assert_error (error, TANDEM_OBJECT_ERROR, TANDEM_OBJECT_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_false (tandem_notes_ops_rename_tag (f->ws, "pricing", "cost", &error));
  g_assert_error (error, TANDEM_OBJECT_ERROR, TANDEM_OBJECT_ERROR_INVALID_VALUE);
  g_clear_error (&error);

  g_assert_true (tandem_workspace_undo (f->ws));
  assert_tag_set (f, "pain need quote competitor pricing praise");
  assert_highlight_tags (f->highlight, "need pricing");
  g_assert_cmpuint (n_tag_objects (f), ==, 0);
  g_assert_true (tandem_workspace_redo (f->ws));
  assert_highlight_tags (f->highlight, "need price");
}

/* Removing a tag removes it from the highlights too, in one step; the last
 * tag stays. */
static void
test_tag_set_remove (Fixture       *f,
                     gconstpointer  data)
{
  const char *tags[] = { "pain", NULL };
  const char *names[] = { "need", "quote", "competitor", "pricing", "praise" };
  g_autoptr(GError) error = NULL;

  tandem_workspace_set (f->ws, f->highlight, "tags", tags, NULL);
  g_assert_true (tandem_notes_ops_remove_tag (f->ws, "pain", &error));
  g_assert_no_error (error);
  assert_tag_set (f, "need quote competitor pricing praise");
  g_assert_null (tandem_object_get_list (TANDEM_OBJECT (f->highlight), "tags")[0]);

  g_assert_true (tandem_workspace_undo (f->ws));
  assert_highlight_tags (f->highlight, "pain");
  assert_tag_set (f, "pain need quote competitor pricing praise");
  g_assert_true (tandem_workspace_redo (f->ws));

  g_assert_false (tandem_notes_ops_remove_tag (f->ws, "pain", &error));
  g_assert_error (error, TANDEM_OBJECT_ERROR, TANDEM_OBJECT_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  for (guint i = 0; i < G_N_ELEMENTS (names) - 1; i++)
    g_assert_true (tandem_notes_ops_remove_tag (f->ws, names[i], NULL));
  assert_tag_set (f, "praise");
  g_assert_false (tandem_notes_ops_remove_tag (f->ws, "praise", &error));
  g_assert_error (error, TANDEM_OBJECT_ERROR, TANDEM_OBJECT_ERROR_INVALID_VALUE);
  assert_tag_set (f, "praise");
}

/* Two copies that each edited a workspace without a set both copied the
 * defaults in: after a merge each name is offered once, and one rename or
 * removal covers both copies. */
static void
test_tag_set_duplicates (Fixture       *f,
                         gconstpointer  data)
{
  tandem_workspace_create (f->ws, TANDEM_TYPE_HIGHLIGHT_TAG, NULL, "name", "need", "rank", "a1", NULL);
  tandem_workspace_create (f->ws, TANDEM_TYPE_HIGHLIGHT_TAG, NULL, "name", "pain", "rank", "a0", NULL);
  tandem_workspace_create (f->ws, TANDEM_TYPE_HIGHLIGHT_TAG, NULL, "name", "need", "rank", "a2", NULL);
  assert_tag_set (f, "pain need");

  g_assert_true (tandem_notes_ops_rename_tag (f->ws, "need", "want", NULL));
  assert_tag_set (f, "pain want");
  g_assert_cmpuint (n_tag_objects (f), ==, 3);
  g_assert_true (tandem_notes_ops_remove_tag (f->ws, "want", NULL));
  assert_tag_set (f, "pain");
  g_assert_cmpuint (n_tag_objects (f), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  g_test_add_func ("/core/notes-ops/map-range", test_map_range);
  g_test_add_func ("/core/notes-ops/find-quote", test_find_quote);
  ADD ("/core/notes-ops/type-before", test_type_before);
  ADD ("/core/notes-ops/type-inside-and-after", test_type_inside_and_after);
  ADD ("/core/notes-ops/delete-across", test_delete_across);
  ADD ("/core/notes-ops/delete-whole", test_delete_whole);
  ADD ("/core/notes-ops/coalesce", test_coalesce);
  ADD ("/core/notes-ops/coalesce-not-across-save", test_coalesce_not_across_save);
  ADD ("/core/notes-ops/bad-edits", test_bad_edits);
  ADD ("/core/notes-ops/reanchor", test_reanchor);
  ADD ("/core/notes-ops/evidence", test_evidence);
  ADD ("/core/notes-ops/tags", test_tags);
  ADD ("/core/notes-ops/tag-set-add", test_tag_set_add);
  ADD ("/core/notes-ops/tag-set-rename", test_tag_set_rename);
  ADD ("/core/notes-ops/tag-set-remove", test_tag_set_remove);
  ADD ("/core/notes-ops/tag-set-duplicates", test_tag_set_duplicates);
#undef ADD

  return g_test_run ();
}
