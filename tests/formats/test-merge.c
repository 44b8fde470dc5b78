/* test-merge.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tandem-file.h"
#include "tandem-test-utils.h"

/* Three copies of the sample: the merge's base, mine and theirs. */
typedef struct
{
  TandemWorkspace *base;
  TandemWorkspace *mine;
  TandemWorkspace *theirs;
} Fixture;

static TandemWorkspace *
load_sample (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("TANDEM_SOURCE_ROOT"), "data", "samples",
                                            "orbit.tandem", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  TandemWorkspace *ws = tandem_file_load (file, NULL, &error);

  g_assert_no_error (error);
  return ws;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->base = load_sample ();
  fixture->mine = load_sample ();
  fixture->theirs = load_sample ();
  tandem_workspace_set_author (fixture->mine, "Priya (product)", TANDEM_TEAM_PRODUCT);
  tandem_workspace_set_author (fixture->theirs, "Maria (marketing)", TANDEM_TEAM_MARKETING);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->base);
  g_clear_object (&fixture->mine);
  g_clear_object (&fixture->theirs);
}

static TandemObject *
nth_card (TandemWorkspace *ws,
          guint            n)
{
  g_autoptr(TandemObject) card = g_list_model_get_item (G_LIST_MODEL (tandem_workspace_get_cards (ws)), n);

  return card;
}

static TandemObject *
same (TandemWorkspace *ws,
      TandemObject    *object)
{
  return tandem_workspace_lookup (ws, tandem_object_get_id (object));
}

static char *
write_string (TandemWorkspace *ws)
{
  g_autoptr(GBytes) bytes = tandem_xml_write (ws);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static guint
n_conflicts (TandemWorkspace *ws)
{
  return g_list_model_get_n_items (G_LIST_MODEL (tandem_workspace_get_conflicts (ws)));
}

static void
test_text (void)
{
  const char *base = "one\ntwo\nthree\nfour\nfive\n";
  gboolean conflict;
  g_autofree char *both = tandem_merge_text (base, "ONE\ntwo\nthree\nfour\nfive\n",
                                             "one\ntwo\nthree\nfour\nFIVE\nsix\n", &conflict);
  g_autofree char *deleted = NULL;
  g_autofree char *clash = NULL;
  g_autofree char *same_change = NULL;

  g_assert_false (conflict);
  g_assert_cmpstr (both, ==, "ONE\ntwo\nthree\nfour\nFIVE\nsix\n");

  deleted = tandem_merge_text (base, "one\nthree\nfour\nfive\n", "one\ntwo\nthree\nfour\nfive\nsix", &conflict);
  g_assert_false (conflict);
  g_assert_cmpstr (deleted, ==, "one\nthree\nfour\nfive\nsix");

  clash = tandem_merge_text (base, "one\nTWO\nthree\nfour\nfive\n", "one\nZwei\nthree\nfour\nfive\n", &conflict);
  g_assert_true (conflict);
  g_assert_cmpstr (clash, ==, "one\nTWO\nthree\nfour\nfive\n");

  same_change = tandem_merge_text (base, "one\n2\nthree\nfour\nfive\n", "one\n2\nthree\nfour\nfive\n", &conflict);
  g_assert_false (conflict);
  g_assert_cmpstr (same_change, ==, "one\n2\nthree\nfour\nfive\n");
}

static void
test_different_fields (Fixture       *f,
                       gconstpointer  data)
{
  TandemObject *card = nth_card (f->base, 3);
  TandemObject *other = nth_card (f->base, 9);
  g_autoptr(TandemWorkspace) merged = NULL;

  tandem_workspace_set (f->mine, same (f->mine, card), "title", "Mine's title", NULL);
  tandem_workspace_set (f->theirs, same (f->theirs, card), "marketing-angle", "Their angle", NULL);
  tandem_workspace_set (f->theirs, same (f->theirs, other), "rank", "az", NULL);

  merged = tandem_merge (f->base, f->mine, f->theirs);
  g_assert_cmpuint (n_conflicts (merged), ==, 0);
  g_assert_cmpstr (tandem_object_get_string (same (merged, card), "title"), ==, "Mine's title");
  g_assert_cmpstr (tandem_object_get_string (same (merged, card), "marketing-angle"), ==, "Their angle");
  g_assert_cmpstr (tandem_object_get_string (same (merged, other), "rank"), ==, "az");
  g_assert_false (tandem_workspace_get_dirty (merged));
}

static void
test_same_field_conflicts (Fixture       *f,
                           gconstpointer  data)
{
  TandemObject *card = nth_card (f->base, 5);
  g_autoptr(TandemWorkspace) merged = NULL;
  g_autoptr(TandemObject) conflict = NULL;
  g_autofree char *written = NULL;
  g_autoptr(TandemWorkspace) reread = NULL;
  g_autoptr(GError) error = NULL;

  tandem_workspace_set (f->mine, same (f->mine, card), "target", "2031-Q1", NULL);
  tandem_workspace_set (f->theirs, same (f->theirs, card), "target", "2031-Q4", NULL);

  merged = tandem_merge (f->base, f->mine, f->theirs);
  g_assert_cmpuint (n_conflicts (merged), ==, 1);
  conflict = g_list_model_get_item (G_LIST_MODEL (tandem_workspace_get_conflicts (merged)), 0);
  g_assert_cmpstr (tandem_object_get_string (conflict, "object"), ==, tandem_object_get_id (card));
  g_assert_cmpstr (tandem_object_get_string (conflict, "field"), ==, "target");
  g_assert_cmpstr (tandem_object_get_string (conflict, "base"), ==, tandem_object_get_string (card, "target"));
  g_assert_cmpstr (tandem_object_get_string (conflict, "mine"), ==, "2031-Q1");
  g_assert_cmpstr (tandem_object_get_string (conflict, "theirs"), ==, "2031-Q4");
  /* Mine is kept until the user decides. */
  g_assert_cmpstr (tandem_object_get_string (same (merged, card), "target"), ==, "2031-Q1");

  /* The conflict is part of the file and survives saving. */
  written = write_string (merged);
  reread = tandem_xml_read (written, strlen (written), "merged.tandem", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_conflicts (reread), ==, 1);
  tandem_test_assert_schema_valid (written);
}

static void
test_additions_and_deletions (Fixture       *f,
                              gconstpointer  data)
{
  TandemObject *column = g_list_model_get_item (G_LIST_MODEL (tandem_workspace_get_columns (f->base)), 0);
  TandemObject *gone = nth_card (f->base, 1);
  TandemObject *kept = nth_card (f->base, 2);
  TandemObject *mine_new, *theirs_new;
  g_autoptr(TandemWorkspace) merged = NULL;
  g_autoptr(TandemObject) conflict = NULL;

  g_object_unref (column);
  mine_new = tandem_workspace_create (f->mine, TANDEM_TYPE_CARD, NULL, "title", "From mine",
                                      "column", tandem_object_get_id (column), "rank", "a0V", NULL);
  theirs_new = tandem_workspace_create (f->theirs, TANDEM_TYPE_CARD, NULL, "title", "From theirs",
                                        "column", tandem_object_get_id (column), "rank", "a0V", NULL);
  /* Mine deletes a card nobody else touched, and one theirs changed. */
  g_assert_true (tandem_workspace_remove (f->mine, same (f->mine, gone), NULL));
  g_assert_true (tandem_workspace_remove (f->mine, same (f->mine, kept), NULL));
  tandem_workspace_set (f->theirs, same (f->theirs, kept), "status", TANDEM_CARD_STATUS_SHIPPED, NULL);

  merged = tandem_merge (f->base, f->mine, f->theirs);
  g_assert_nonnull (same (merged, mine_new));
  g_assert_nonnull (same (merged, theirs_new));
  g_assert_null (same (merged, gone));
  g_assert_nonnull (same (merged, kept));
  g_assert_cmpint (tandem_object_get_int (same (merged, kept), "status"), ==, TANDEM_CARD_STATUS_SHIPPED);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tandem_workspace_get_cards (merged))), ==,
                    g_list_model_get_n_items (G_LIST_MODEL (tandem_workspace_get_cards (f->base))) + 1);

  g_assert_cmpuint (n_conflicts (merged), ==, 1);
  conflict = g_list_model_get_item (G_LIST_MODEL (tandem_workspace_get_conflicts (merged)), 0);
  g_assert_cmpstr (tandem_object_get_string (conflict, "object"), ==, tandem_object_get_id (kept));
  g_assert_null (tandem_object_get_string (conflict, "field"));
  g_assert_cmpint (tandem_object_get_int (conflict, "deleted-by"), ==, TANDEM_SIDE_MINE);
}

static void
test_tags_as_sets (Fixture       *f,
                   gconstpointer  data)
{
  TandemObject *card = nth_card (f->base, 0);
  const char *base_tags[] = { "alpha", "beta", NULL };
  const char *mine_tags[] = { "alpha", "beta", "gamma", NULL };
  const char *theirs_tags[] = { "beta", "delta", NULL };
  const char * const expected[] = { "beta", "gamma", "delta", NULL };
  g_autoptr(TandemWorkspace) merged = NULL;

  tandem_workspace_set (f->base, card, "tags", base_tags, NULL);
  tandem_workspace_set (f->mine, same (f->mine, card), "tags", base_tags, NULL);
  tandem_workspace_set (f->theirs, same (f->theirs, card), "tags", base_tags, NULL);
  tandem_workspace_set (f->mine, same (f->mine, card), "tags", mine_tags, NULL);
  tandem_workspace_set (f->theirs, same (f->theirs, card), "tags", theirs_tags, NULL);

  merged = tandem_merge (f->base, f->mine, f->theirs);
  g_assert_cmpuint (n_conflicts (merged), ==, 0);
  g_assert_true (g_strv_equal (tandem_object_get_list (same (merged, card), "tags"), expected));
}

static void
test_deleted_column_still_needed (Fixture       *f,
                                  gconstpointer  data)
{
  TandemObject *column = NULL;
  TandemObject *card;
  g_autoptr(TandemWorkspace) merged = NULL;
  GListModel *columns = G_LIST_MODEL (tandem_workspace_get_columns (f->base));
  g_autofree char *written = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemWorkspace) reread = NULL;

  /* Mine empties and removes a column; theirs adds a card to it. */
  column = g_list_model_get_item (columns, 2);
  g_object_unref (column);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (tandem_workspace_get_cards (f->mine))); )
    {
      TandemObject *c = nth_card (f->mine, i);

      if (g_strcmp0 (tandem_object_get_string (c, "column"), tandem_object_get_id (column)) == 0)
        g_assert_true (tandem_workspace_remove (f->mine, c, NULL));
      else
        i++;
    }
  g_assert_true (tandem_workspace_remove (f->mine, same (f->mine, column), NULL));
  card = tandem_workspace_create (f->theirs, TANDEM_TYPE_CARD, NULL, "title", "Needs the column",
                                  "column", tandem_object_get_id (column), "rank", "az", NULL);

  merged = tandem_merge (f->base, f->mine, f->theirs);
  g_assert_nonnull (same (merged, card));
  g_assert_nonnull (same (merged, column));
  g_assert_cmpuint (n_conflicts (merged), >=, 1);

  /* And the result is a valid workspace. */
  written = write_string (merged);
  reread = tandem_xml_read (written, strlen (written), "merged.tandem", &error);
  g_assert_no_error (error);
  tandem_test_assert_schema_valid (written);
}

static void
test_children_and_notes (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(TandemObject) launch = g_list_model_get_item (G_LIST_MODEL (tandem_workspace_get_launches (f->base)), 0);
  g_autoptr(TandemObject) interview = g_list_model_get_item (G_LIST_MODEL (tandem_workspace_get_interviews (f->base)), 0);
  const char *notes = tandem_object_get_string (interview, "notes");
  g_autofree char *mine_notes = g_strconcat ("Mine added a first line.\n", notes, NULL);
  g_autofree char *theirs_notes = g_strconcat (notes, "\nTheirs added a last line.", NULL);
  TandemObject *mine_task, *theirs_task;
  g_autoptr(TandemWorkspace) merged = NULL;
  const char *merged_notes;

  mine_task = tandem_workspace_create (f->mine, TANDEM_TYPE_TASK, same (f->mine, launch),
                                       "title", "Mine's task", "offset", -10, NULL);
  theirs_task = tandem_workspace_create (f->theirs, TANDEM_TYPE_TASK, same (f->theirs, launch),
                                         "title", "Their task", "offset", -20, NULL);
  tandem_workspace_set (f->mine, same (f->mine, interview), "notes", mine_notes, NULL);
  tandem_workspace_set (f->theirs, same (f->theirs, interview), "notes", theirs_notes, NULL);

  merged = tandem_merge (f->base, f->mine, f->theirs);
  g_assert_cmpuint (n_conflicts (merged), ==, 0);
  g_assert_true (tandem_object_get_parent (same (merged, mine_task)) == same (merged, launch));
  g_assert_true (tandem_object_get_parent (same (merged, theirs_task)) == same (merged, launch));
  merged_notes = tandem_object_get_string (same (merged, interview), "notes");
  g_assert_true (g_str_has_prefix (merged_notes, "Mine added a first line.\n"));
  g_assert_true (g_str_has_suffix (merged_notes, "\nTheirs added a last line."));
}

static void
test_deterministic (Fixture       *f,
                    gconstpointer  data)
{
  TandemObject *card = nth_card (f->base, 4);
  g_autoptr(TandemWorkspace) one = NULL;
  g_autoptr(TandemWorkspace) two = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  tandem_workspace_set (f->mine, same (f->mine, card), "title", "A", NULL);
  tandem_workspace_set (f->theirs, same (f->theirs, card), "title", "B", NULL);
  tandem_workspace_create (f->theirs, TANDEM_TYPE_PERSON, NULL, "name", "New person", NULL);

  one = tandem_merge (f->base, f->mine, f->theirs);
  two = tandem_merge (f->base, f->mine, f->theirs);
  a = write_string (one);
  b = write_string (two);
  g_assert_cmpstr (a, ==, b);

  /* Nothing changed on either side: the merge is the base. */
  {
    g_autoptr(TandemWorkspace) plain = tandem_merge (f->base, f->base, f->base);
    g_autofree char *p = write_string (plain);
    g_autofree char *q = write_string (f->base);

    g_assert_cmpstr (p, ==, q);
  }
}

/* Applying their version to mine makes mine equal to theirs in one undo
 * step, keeping the objects that stay. */
static void
test_apply (Fixture       *f,
            gconstpointer  data)
{
  TandemObject *renamed = same (f->theirs, nth_card (f->base, 6));
  TandemObject *removed = same (f->theirs, nth_card (f->base, 7));
  g_autoptr(TandemObject) launch = g_list_model_get_item (G_LIST_MODEL (tandem_workspace_get_launches (f->theirs)), 1);
  g_autoptr(TandemObject) column = g_list_model_get_item (G_LIST_MODEL (tandem_workspace_get_columns (f->theirs)), 0);
  g_autoptr(TandemObject) kept = g_object_ref (same (f->mine, nth_card (f->base, 6)));
  g_autofree char *before = write_string (f->mine);
  g_autofree char *wanted = NULL;
  g_autofree char *applied = NULL;
  g_autofree char *undone = NULL;
  TandemObject *lane;

  tandem_workspace_set (f->theirs, renamed, "title", "Renamed by them", NULL);
  g_assert_true (tandem_workspace_remove (f->theirs, removed, NULL));
  lane = tandem_workspace_create (f->theirs, TANDEM_TYPE_LANE, NULL, "title", "New lane", "rank", "a9", NULL);
  tandem_workspace_create (f->theirs, TANDEM_TYPE_CARD, NULL, "title", "In the new lane",
                           "column", tandem_object_get_id (column), "lane", tandem_object_get_id (lane),
                           "rank", "a1", NULL);
  tandem_workspace_create (f->theirs, TANDEM_TYPE_TASK, launch, "title", "New task", "offset", -3, NULL);
  wanted = write_string (f->theirs);

  tandem_workspace_mark_saved (f->mine, tandem_workspace_get_revision (f->mine));
  tandem_workspace_apply (f->mine, f->theirs, "Reload");
  applied = write_string (f->mine);
  g_assert_cmpstr (applied, ==, wanted);
  g_assert_true (same (f->mine, kept) == kept);
  g_assert_cmpstr (tandem_object_get_string (kept, "title"), ==, "Renamed by them");
  g_assert_cmpstr (tandem_workspace_get_undo_label (f->mine), ==, "Reload");

  g_assert_true (tandem_workspace_undo (f->mine));
  undone = write_string (f->mine);
  g_assert_cmpstr (undone, ==, before);
  g_assert_false (tandem_workspace_get_dirty (f->mine));
}

static void
test_resolve (Fixture       *f,
              gconstpointer  data)
{
  TandemObject *card = nth_card (f->base, 5);
  const char *tags_a[] = { "mobile", NULL };
  const char *tags_b[] = { "desktop", NULL };
  g_autoptr(TandemWorkspace) merged = NULL;
  GListModel *conflicts;
  g_autoptr(GError) error = NULL;
  TandemObject *target = NULL, *title = NULL;

  tandem_workspace_set (f->mine, same (f->mine, card), "title", "Mine", "target", "2031-Q1",
                        "tags", tags_a, NULL);
  tandem_workspace_set (f->theirs, same (f->theirs, card), "title", "Theirs", "target", "2031-Q4",
                        "tags", tags_b, NULL);
  merged = tandem_merge (f->base, f->mine, f->theirs);
  conflicts = G_LIST_MODEL (tandem_workspace_get_conflicts (merged));
  /* Tags merge as sets; title and target conflict. */
  g_assert_cmpuint (g_list_model_get_n_items (conflicts), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(TandemObject) c = g_list_model_get_item (conflicts, i);

      if (g_strcmp0 (tandem_object_get_string (c, "field"), "target") == 0)
        target = c;
      else
        title = c;
    }
  g_assert_nonnull (target);
  g_assert_nonnull (title);

  g_assert_true (tandem_workspace_resolve_conflict (merged, TANDEM_CONFLICT (target), TANDEM_SIDE_THEIRS,
                                                    NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (tandem_object_get_string (same (merged, card), "target"), ==, "2031-Q4");
  g_assert_cmpuint (g_list_model_get_n_items (conflicts), ==, 1);

  /* An edited value that is not valid changes nothing. */
  g_assert_false (tandem_workspace_resolve_conflict (merged, TANDEM_CONFLICT (title), TANDEM_SIDE_NONE,
                                                     "", &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpuint (g_list_model_get_n_items (conflicts), ==, 1);
  g_assert_cmpstr (tandem_workspace_get_undo_label (merged), ==, "Resolve Conflict");

  g_assert_true (tandem_workspace_resolve_conflict (merged, TANDEM_CONFLICT (title), TANDEM_SIDE_NONE,
                                                    "Both, reworded", &error));
  g_assert_cmpstr (tandem_object_get_string (same (merged, card), "title"), ==, "Both, reworded");
  g_assert_cmpuint (g_list_model_get_n_items (conflicts), ==, 0);

  /* Each resolution is one undo step. */
  g_assert_true (tandem_workspace_undo (merged));
  g_assert_cmpuint (g_list_model_get_n_items (conflicts), ==, 1);
  g_assert_cmpstr (tandem_object_get_string (same (merged, card), "title"), ==, "Mine");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/formats/merge/text", test_text);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/formats/merge/different-fields", test_different_fields);
  ADD ("/formats/merge/same-field-conflicts", test_same_field_conflicts);
  ADD ("/formats/merge/additions-and-deletions", test_additions_and_deletions);
  ADD ("/formats/merge/tags-as-sets", test_tags_as_sets);
  ADD ("/formats/merge/deleted-column-still-needed", test_deleted_column_still_needed);
  ADD ("/formats/merge/children-and-notes", test_children_and_notes);
  ADD ("/formats/merge/deterministic", test_deterministic);
  ADD ("/formats/merge/apply", test_apply);
  ADD ("/formats/merge/resolve", test_resolve);
#undef ADD

  return g_test_run ();
}
