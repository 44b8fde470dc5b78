/* test-merge.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tandem-file.h"
#include "tandem-notes-ops.h"
#include "tandem-workspace-private.h"
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

static char *
tag_set_of (TandemWorkspace *ws)
{
  g_auto(GStrv) set = tandem_notes_ops_list_tag_set (ws);

  return g_strjoinv (" ", set);
}

/* Gives the three copies the same custom tag set, as if it was saved before
 * the two sides diverged. */
static void
share_tag_set (Fixture *f)
{
  g_autofree char *xml = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (tandem_notes_ops_add_tag (f->base, "onboarding", NULL));
  xml = write_string (f->base);
  g_clear_object (&f->mine);
  g_clear_object (&f->theirs);
  f->mine = tandem_xml_read (xml, strlen (xml), "mine.tandem", &error);
  g_assert_no_error (error);
  f->theirs = tandem_xml_read (xml, strlen (xml), "theirs.tandem", &error);
  g_assert_no_error (error);
}

/* The highlight tag set merges per tag: one side adds a tag while the other
 * renames one (on its highlights too); renaming one tag two ways conflicts. */
static void
test_highlight_tag_set (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(TandemWorkspace) merged = NULL;
  g_autoptr(TandemWorkspace) conflicted = NULL;
  g_autofree char *merged_set = NULL;
  g_autofree char *written = NULL;
  guint uses;

  share_tag_set (f);
  uses = tandem_notes_ops_count_tag_uses (f->base, "pricing");
  g_assert_cmpuint (uses, >, 0);
  g_assert_true (tandem_notes_ops_add_tag (f->mine, "security", NULL));
  g_assert_true (tandem_notes_ops_rename_tag (f->theirs, "pricing", "price", NULL));

  merged = tandem_merge (f->base, f->mine, f->theirs);
  g_assert_cmpuint (n_conflicts (merged), ==, 0);
  merged_set = tag_set_of (merged);
  g_assert_cmpstr (merged_set, ==, "pain need quote competitor price praise onboarding security");
  g_assert_cmpuint (tandem_notes_ops_count_tag_uses (merged, "price"), ==, uses);
  g_assert_cmpuint (tandem_notes_ops_count_tag_uses (merged, "pricing"), ==, 0);
  written = write_string (merged);
  tandem_test_assert_schema_valid (written);

  g_assert_true (tandem_notes_ops_rename_tag (f->mine, "need", "needs", NULL));
  g_assert_true (tandem_notes_ops_rename_tag (f->theirs, "need", "wish", NULL));
  conflicted = tandem_merge (f->base, f->mine, f->theirs);
  g_assert_cmpuint (n_conflicts (conflicted), >=, 1);
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
test_reanchor_highlights (Fixture       *f,
                          gconstpointer  data)
{
  const char *id = "i-8nra2ek9g7wy";
  TandemObject *interview = tandem_workspace_lookup (f->base, id);
  const char *notes = tandem_object_get_string (interview, "notes");
  const char *prefix = "Theirs: a first line from another editor.\n";
  g_autofree char *theirs_notes = g_strconcat (prefix, notes, NULL);
  int shift = g_utf8_strlen (prefix, -1);
  g_autoptr(TandemWorkspace) merged = NULL;
  g_autoptr(GError) error = NULL;
  TandemObject *polling;
  TandemObject *payload;
  const char *merged_notes;

  /* Theirs added a line before every highlight outside Tandem, without moving
   * them; mine added a sentence at the end in Tandem and weighed one. */
  tandem_workspace_set (f->theirs, same (f->theirs, interview), "notes", theirs_notes, NULL);
  g_assert_true (tandem_notes_ops_edit (f->mine, TANDEM_INTERVIEW (same (f->mine, interview)),
                                        g_utf8_strlen (notes, -1), 0, " Mine: a last sentence.",
                                        TANDEM_EDIT_NONE, &error));
  g_assert_no_error (error);
  tandem_workspace_set (f->mine, tandem_workspace_lookup (f->mine, "h-j2pnzb643b1y"), "weight", 3, NULL);

  merged = tandem_merge (f->base, f->mine, f->theirs);
  g_assert_cmpuint (n_conflicts (merged), ==, 0);
  merged_notes = tandem_object_get_string (tandem_workspace_lookup (merged, id), "notes");
  g_assert_true (g_str_has_prefix (merged_notes, prefix));
  g_assert_true (g_str_has_suffix (merged_notes, " Mine: a last sentence."));

  polling = tandem_workspace_lookup (merged, "h-j2pnzb643b1y");
  payload = tandem_workspace_lookup (merged, "h-ve8rn7hf1gx2");
  g_assert_cmpint (tandem_object_get_int (polling, "start"), ==, 151 + shift);
  g_assert_cmpint (tandem_object_get_int (polling, "end"), ==, 217 + shift);
  g_assert_cmpint (tandem_object_get_int (polling, "weight"), ==, 3);
  g_assert_cmpint (tandem_object_get_int (payload, "start"), ==, 317 + shift);
  g_assert_true (tandem_notes_ops_is_anchored (TANDEM_HIGHLIGHT (polling), merged_notes));
  g_assert_true (tandem_notes_ops_is_anchored (TANDEM_HIGHLIGHT (payload), merged_notes));
  g_assert_true (tandem_notes_ops_is_anchored (TANDEM_HIGHLIGHT (tandem_workspace_lookup (merged, "h-n2feqyhb2v5f")),
                                               merged_notes));
  g_assert_false (tandem_workspace_get_dirty (merged));
}

static void
test_reanchor_lost_quote (Fixture       *f,
                          gconstpointer  data)
{
  const char *id = "i-8nra2ek9g7wy";
  TandemObject *interview = tandem_workspace_lookup (f->base, id);
  const char *notes = tandem_object_get_string (interview, "notes");
  const char *portal = "He did not need a developer portal";
  g_autoptr(GString) theirs_notes = g_string_new (NULL);
  g_autoptr(TandemWorkspace) merged = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *xml = NULL;
  TandemObject *gone;
  TandemObject *polling;

  /* Theirs rewrote the sentence of one highlight; mine typed at the top. */
  g_string_append_len (theirs_notes, notes, strstr (notes, portal) - notes);
  g_string_append (theirs_notes, "They might want a developer portal later.");
  tandem_workspace_set (f->theirs, same (f->theirs, interview), "notes", theirs_notes->str, NULL);
  g_assert_true (tandem_notes_ops_edit (f->mine, TANDEM_INTERVIEW (same (f->mine, interview)),
                                        0, 0, "Really: ", TANDEM_EDIT_NONE, &error));
  g_assert_no_error (error);

  merged = tandem_merge (f->base, f->mine, f->theirs);
  g_assert_cmpuint (n_conflicts (merged), ==, 0);
  polling = tandem_workspace_lookup (merged, "h-j2pnzb643b1y");
  g_assert_cmpint (tandem_object_get_int (polling, "start"), ==, 151 + 8);
  g_assert_true (tandem_notes_ops_is_anchored (TANDEM_HIGHLIGHT (polling),
                                               tandem_object_get_string (tandem_workspace_lookup (merged, id), "notes")));

  /* The quote cannot be found: kept where mine had it, flagged. */
  gone = tandem_workspace_lookup (merged, "h-n2feqyhb2v5f");
  g_assert_cmpint (tandem_object_get_int (gone, "start"), ==, 384 + 8);
  xml = write_string (merged);
  g_assert_nonnull (strstr (xml, "id=\"h-n2feqyhb2v5f\" start=\"392\" end=\"426\" card=\"k-y2t8ngw6ckc6\" unanchored=\"true\""));
  tandem_test_assert_schema_valid (xml);
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

/* Property test: random edit scripts on both sides. */

static const char *words[] = { "alpha", "beta", "gamma", "delta", "Zoë", "東京", "sync", "mobile" };

static TandemObject *
random_of_kind (GRand           *rand,
                TandemWorkspace *ws,
                const char      *kind)
{
  g_autoptr(GPtrArray) all = _tandem_workspace_list_objects (ws);
  g_autoptr(GPtrArray) matching = g_ptr_array_new ();

  for (guint i = 0; i < all->len; i++)
    if (g_strcmp0 (tandem_object_get_kind (g_ptr_array_index (all, i)), kind) == 0)
      g_ptr_array_add (matching, g_ptr_array_index (all, i));
  if (matching->len == 0)
    return NULL;
  return g_ptr_array_index (matching, g_rand_int_range (rand, 0, matching->len));
}

/* A random valid value for the field, or FALSE for a field left alone. */
static gboolean
random_value (GRand                 *rand,
              TandemWorkspace       *ws,
              const TandemFieldInfo *info,
              GValue                *value)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  tandem_field_init_value (info, value);
  switch (info->type)
    {
    case TANDEM_FIELD_STRING:
      g_value_take_string (value, g_strdup_printf ("%s %u", words[g_rand_int_range (rand, 0, 8)],
                                                   g_rand_int_range (rand, 0, 1000)));
      return TRUE;
    case TANDEM_FIELD_TEXT:
      g_value_take_string (value, g_strdup_printf ("%s\n%s\n", words[g_rand_int_range (rand, 0, 8)],
                                                   words[g_rand_int_range (rand, 0, 8)]));
      return TRUE;
    case TANDEM_FIELD_INT:
      g_value_set_int (value, info->min < info->max ? g_rand_int_range (rand, info->min, MIN (info->max, 1000) + 1)
                                                    : g_rand_int_range (rand, 0, 1000));
      return TRUE;
    case TANDEM_FIELD_DOUBLE:
      g_value_set_double (value, g_rand_int_range (rand, 0, 12) / 4.0);
      return TRUE;
    case TANDEM_FIELD_BOOLEAN:
      g_value_set_boolean (value, g_rand_boolean (rand));
      return TRUE;
    case TANDEM_FIELD_ENUM:
      {
        g_autoptr(GEnumClass) enum_class = g_type_class_ref (info->enum_type ());

        g_value_set_enum (value, enum_class->values[g_rand_int_range (rand, 0, enum_class->n_values)].value);
        return TRUE;
      }
    case TANDEM_FIELD_DATE:
    case TANDEM_FIELD_TARGET:
      g_value_take_string (value, g_strdup_printf ("2027-%02d-%02d", g_rand_int_range (rand, 1, 13),
                                                   g_rand_int_range (rand, 1, 29)));
      return TRUE;
    case TANDEM_FIELD_RANK:
      g_value_take_string (value, g_strdup_printf ("a%c", "0123456789ABCDEFGHIJ"[g_rand_int_range (rand, 0, 20)]));
      return TRUE;
    case TANDEM_FIELD_REF:
      {
        TandemObject *target = random_of_kind (rand, ws, info->ref_kind);

        if (target == NULL && info->required)
          return FALSE;
        g_value_set_string (value, target != NULL ? tandem_object_get_id (target) : NULL);
        return TRUE;
      }
    case TANDEM_FIELD_LIST:
      for (guint i = 0; i < 8; i++)
        if (g_rand_int_range (rand, 0, 3) == 0)
          g_strv_builder_add (builder, words[i]);
      g_value_take_boxed (value, g_strv_builder_end (builder));
      return TRUE;
    case TANDEM_FIELD_REF_LIST:
      {
        TandemObject *target = random_of_kind (rand, ws, info->ref_kind);

        if (target != NULL)
          g_strv_builder_add (builder, tandem_object_get_id (target));
        g_value_take_boxed (value, g_strv_builder_end (builder));
        return TRUE;
      }
    case TANDEM_FIELD_TIMESTAMP:
    case TANDEM_FIELD_ID:
    default:
      return FALSE;
    }
}

static void
random_edits (GRand           *rand,
              TandemWorkspace *ws)
{
  guint n = g_rand_int_range (rand, 1, 6);

  for (guint e = 0; e < n; e++)
    {
      g_autoptr(GPtrArray) all = _tandem_workspace_list_objects (ws);
      TandemObject *object = g_ptr_array_index (all, g_rand_int_range (rand, 0, all->len));
      TandemObjectClass *klass = TANDEM_OBJECT_GET_CLASS (object);
      int what = g_rand_int_range (rand, 0, 10);

      if (what == 0)
        {
          TandemObject *column = random_of_kind (rand, ws, "column");

          tandem_workspace_create (ws, TANDEM_TYPE_CARD, NULL, "title", words[g_rand_int_range (rand, 0, 8)],
                                   "column", tandem_object_get_id (column), "rank", "a5", NULL);
        }
      else if (what == 1 && (TANDEM_IS_CARD (object) || TANDEM_IS_TASK (object) || TANDEM_IS_HIGHLIGHT (object)))
        tandem_workspace_remove (ws, object, NULL);
      else if (klass->n_fields > 0)
        {
          const TandemFieldInfo *info = &klass->fields[g_rand_int_range (rand, 0, klass->n_fields)];
          g_auto(GValue) value = G_VALUE_INIT;

          if (random_value (rand, ws, info, &value))
            g_assert_true (tandem_workspace_set_value (ws, object, info->name, &value, NULL));
        }
    }
}

static TandemWorkspace *
reread (const char *xml)
{
  g_autoptr(GError) error = NULL;
  TandemWorkspace *ws = tandem_xml_read (xml, strlen (xml), "copy.tandem", &error);

  g_assert_no_error (error);
  return ws;
}

/* For objects in all three, a field changed on one side only has that
 * side's value in the merge. */
static void
assert_one_sided_changes_kept (TandemWorkspace *o,
                               TandemWorkspace *a,
                               TandemWorkspace *b,
                               TandemWorkspace *m)
{
  g_autoptr(GPtrArray) all = _tandem_workspace_list_objects (m);

  for (guint i = 0; i < all->len; i++)
    {
      TandemObject *om = g_ptr_array_index (all, i);
      TandemObject *oo = same (o, om), *oa = same (a, om), *ob = same (b, om);
      TandemObjectClass *klass = TANDEM_OBJECT_GET_CLASS (om);

      if (oo == NULL || oa == NULL || ob == NULL)
        continue;
      for (guint f = 0; f < klass->n_fields; f++)
        {
          const TandemFieldInfo *info = &klass->fields[f];
          const GValue *vo = tandem_object_get_value (oo, f);
          const GValue *va = tandem_object_get_value (oa, f);
          const GValue *vb = tandem_object_get_value (ob, f);
          const GValue *vm = tandem_object_get_value (om, f);

          /* A reference may be cleared because its target went. */
          if (info->type == TANDEM_FIELD_REF || info->type == TANDEM_FIELD_REF_LIST)
            continue;
          /* A highlight moves to its quote where the notes were merged. */
          if (TANDEM_IS_HIGHLIGHT (om) && (g_str_equal (info->name, "start") || g_str_equal (info->name, "end")) &&
              tandem_notes_ops_is_anchored (TANDEM_HIGHLIGHT (om),
                                            tandem_object_get_string (tandem_object_get_parent (om), "notes")))
            continue;
          if (!tandem_field_values_equal (info, va, vo) && tandem_field_values_equal (info, vb, vo))
            g_assert_true (tandem_field_values_equal (info, vm, va));
          if (!tandem_field_values_equal (info, vb, vo) && tandem_field_values_equal (info, va, vo))
            g_assert_true (tandem_field_values_equal (info, vm, vb));
        }
    }

  /* What either side added is there. */
  for (TandemWorkspace *side[] = { a, b }, **w = side; w < side + 2; w++)
    {
      g_autoptr(GPtrArray) added = _tandem_workspace_list_objects (*w);

      for (guint i = 0; i < added->len; i++)
        if (same (o, g_ptr_array_index (added, i)) == NULL)
          {
            TandemObject *object = g_ptr_array_index (added, i);
            TandemObject *parent = tandem_object_get_parent (object);

            /* Unless the other side deleted its parent. */
            if (TANDEM_IS_WORKSPACE (parent) || same (m, parent) != NULL)
              g_assert_nonnull (same (m, object));
          }
    }
}

static void
test_property (void)
{
  g_autoptr(TandemWorkspace) o = tandem_workspace_new_untitled ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261123);
  g_autofree char *o_xml = NULL;
  GListModel *columns = G_LIST_MODEL (tandem_workspace_get_columns (o));
  g_autoptr(TandemObject) column = g_list_model_get_item (columns, 0);
  TandemObject *person, *launch, *interview, *card;
  const guint iterations = tandem_test_scale (10000, 300);

  /* A small workspace with every kind, so each iteration is quick. */
  person = tandem_workspace_create (o, TANDEM_TYPE_PERSON, NULL, "name", "Ana", NULL);
  tandem_workspace_create (o, TANDEM_TYPE_LANE, NULL, "title", "Mobile", "rank", "a0", NULL);
  for (guint i = 0; i < 4; i++)
    card = tandem_workspace_create (o, TANDEM_TYPE_CARD, NULL, "title", words[i],
                                    "column", tandem_object_get_id (column), "rank", "a1",
                                    "pm", tandem_object_get_id (person), NULL);
  tandem_workspace_create (o, TANDEM_TYPE_METRIC, card, "title", "WAU", NULL);
  launch = tandem_workspace_create (o, TANDEM_TYPE_LAUNCH, NULL, "title", "L", "date", "2027-03-01", NULL);
  tandem_workspace_create (o, TANDEM_TYPE_TASK, launch, "title", "Brief", NULL);
  tandem_workspace_create (o, TANDEM_TYPE_TASK, launch, "title", "Blog", NULL);
  interview = tandem_workspace_create (o, TANDEM_TYPE_INTERVIEW, NULL, "customer", "Zoë",
                                       "notes", "one\ntwo\nthree\n", NULL);
  tandem_workspace_create (o, TANDEM_TYPE_HIGHLIGHT, interview, "quote", "two", "start", 4, "end", 7, NULL);
  o_xml = write_string (o);

  for (guint it = 0; it < iterations; it++)
    {
      g_autoptr(TandemWorkspace) base = reread (o_xml);
      g_autoptr(TandemWorkspace) a = reread (o_xml);
      g_autoptr(TandemWorkspace) b = reread (o_xml);
      g_autoptr(TandemWorkspace) m1 = NULL;
      g_autoptr(TandemWorkspace) m2 = NULL;
      g_autoptr(TandemWorkspace) aa = NULL;
      g_autoptr(TandemWorkspace) ao = NULL;
      g_autoptr(TandemWorkspace) ob = NULL;
      g_autofree char *a_xml = NULL;
      g_autofree char *b_xml = NULL;
      g_autofree char *x = NULL;
      g_autofree char *y = NULL;
      g_autofree char *aa_xml = NULL;
      g_autofree char *ao_xml = NULL;
      g_autofree char *ob_xml = NULL;

      random_edits (rand, a);
      random_edits (rand, b);
      a_xml = write_string (a);
      b_xml = write_string (b);

      m1 = tandem_merge (base, a, b);
      m2 = tandem_merge (base, a, b);
      x = write_string (m1);
      y = write_string (m2);
      g_assert_cmpstr (x, ==, y);
      assert_one_sided_changes_kept (base, a, b, m1);

      aa = tandem_merge (base, a, a);
      ao = tandem_merge (base, a, base);
      ob = tandem_merge (base, base, b);
      aa_xml = write_string (aa);
      ao_xml = write_string (ao);
      ob_xml = write_string (ob);
      g_assert_cmpstr (aa_xml, ==, a_xml);
      g_assert_cmpstr (ao_xml, ==, a_xml);
      g_assert_cmpstr (ob_xml, ==, b_xml);

      /* Every merge is a valid workspace. */
      g_clear_object (&m2);
      m2 = reread (x);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/formats/merge/text", test_text);
  g_test_add_func ("/formats/merge/property", test_property);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/formats/merge/different-fields", test_different_fields);
  ADD ("/formats/merge/same-field-conflicts", test_same_field_conflicts);
  ADD ("/formats/merge/additions-and-deletions", test_additions_and_deletions);
  ADD ("/formats/merge/tags-as-sets", test_tags_as_sets);
  ADD ("/formats/merge/highlight-tag-set", test_highlight_tag_set);
  ADD ("/formats/merge/deleted-column-still-needed", test_deleted_column_still_needed);
  ADD ("/formats/merge/children-and-notes", test_children_and_notes);
  ADD ("/formats/merge/deterministic", test_deterministic);
  ADD ("/formats/merge/reanchor-highlights", test_reanchor_highlights);
  ADD ("/formats/merge/reanchor-lost-quote", test_reanchor_lost_quote);
  ADD ("/formats/merge/apply", test_apply);
  ADD ("/formats/merge/resolve", test_resolve);
#undef ADD

  return g_test_run ();
}
