/* test-workspace.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tandem-core.h"

typedef struct
{
  guint position;
  guint removed;
  guint added;
  guint count;
} ItemsChanged;

static void
on_items_changed (GListModel   *model,
                  guint         position,
                  guint         removed,
                  guint         added,
                  ItemsChanged *record)
{
  record->position = position;
  record->removed = removed;
  record->added = added;
  record->count++;
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static TandemWorkspace *
new_board (TandemObject **column_out)
{
  TandemWorkspace *ws = tandem_workspace_new_untitled ();
  g_autoptr(TandemObject) column = g_list_model_get_item (G_LIST_MODEL (tandem_workspace_get_columns (ws)), 0);

  *column_out = column;
  return ws;
}

static void
test_untitled (void)
{
  g_autoptr(TandemWorkspace) ws = tandem_workspace_new_untitled ();
  GListModel *columns = G_LIST_MODEL (tandem_workspace_get_columns (ws));
  const char *previous = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (columns), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(TandemObject) column = g_list_model_get_item (columns, i);
      const char *rank = tandem_object_get_string (column, "rank");

      g_assert_true (tandem_workspace_lookup (ws, tandem_object_get_id (column)) == column);
      if (previous != NULL)
        g_assert_cmpstr (previous, <, rank);
      previous = rank;
    }
  g_assert_false (tandem_workspace_get_dirty (ws));
  g_assert_false (tandem_workspace_get_can_undo (ws));
  g_assert_nonnull (tandem_object_get_string (TANDEM_OBJECT (ws), "title"));
}

static void
test_create_and_undo (void)
{
  TandemObject *column;
  g_autoptr(TandemWorkspace) ws = new_board (&column);
  GListModel *cards = G_LIST_MODEL (tandem_workspace_get_cards (ws));
  ItemsChanged record = { 0, };
  guint dirty_notifies = 0, undo_notifies = 0;
  TandemCard *card;
  g_autofree char *id = NULL;

  g_signal_connect (cards, "items-changed", G_CALLBACK (on_items_changed), &record);
  g_signal_connect (ws, "notify::dirty", G_CALLBACK (count_notify), &dirty_notifies);
  g_signal_connect (ws, "notify::can-undo", G_CALLBACK (count_notify), &undo_notifies);

  card = tandem_workspace_create (ws, TANDEM_TYPE_CARD, NULL,
                                  "title", "Offline sync",
                                  "column", tandem_object_get_id (column),
                                  "rank", "a0",
                                  NULL);
  g_assert_nonnull (card);
  id = g_strdup (tandem_object_get_id (TANDEM_OBJECT (card)));
  g_assert_true (g_str_has_prefix (id, "k-"));
  g_assert_true (tandem_timestamp_is_valid (tandem_object_get_created (TANDEM_OBJECT (card))));
  g_assert_cmpuint (record.count, ==, 1);
  g_assert_cmpuint (record.position, ==, 0);
  g_assert_cmpuint (record.added, ==, 1);
  g_assert_cmpuint (record.removed, ==, 0);
  g_assert_true (tandem_workspace_get_dirty (ws));
  g_assert_true (tandem_workspace_get_can_undo (ws));
  g_assert_cmpuint (dirty_notifies, ==, 1);
  g_assert_cmpuint (undo_notifies, ==, 1);

  g_assert_true (tandem_workspace_undo (ws));
  g_assert_cmpuint (g_list_model_get_n_items (cards), ==, 0);
  g_assert_cmpuint (record.count, ==, 2);
  g_assert_cmpuint (record.removed, ==, 1);
  g_assert_null (tandem_workspace_lookup (ws, id));
  g_assert_false (tandem_workspace_get_dirty (ws));
  g_assert_true (tandem_workspace_get_can_redo (ws));
  g_assert_cmpuint (dirty_notifies, ==, 2);

  g_assert_true (tandem_workspace_redo (ws));
  g_assert_cmpuint (g_list_model_get_n_items (cards), ==, 1);
  g_assert_true (tandem_workspace_lookup (ws, id) == TANDEM_OBJECT (card));
  g_assert_true (tandem_workspace_get_dirty (ws));
  g_assert_false (tandem_workspace_redo (ws));
}

static void
test_set_and_notify (void)
{
  TandemObject *column;
  g_autoptr(TandemWorkspace) ws = new_board (&column);
  TandemObject *card;
  guint title_notifies = 0;
  g_autofree char *before = NULL;

  card = tandem_workspace_create (ws, TANDEM_TYPE_CARD, NULL, "title", "A",
                                  "column", tandem_object_get_id (column), "rank", "a0", NULL);
  tandem_workspace_mark_saved (ws, tandem_workspace_get_revision (ws));
  g_assert_false (tandem_workspace_get_dirty (ws));
  g_signal_connect (card, "notify::title", G_CALLBACK (count_notify), &title_notifies);
  before = g_strdup (tandem_object_get_modified (card));

  g_assert_true (tandem_workspace_set (ws, card, "title", "B", "status",
                                       TANDEM_CARD_STATUS_PLANNED, "reach", 500, NULL));
  g_assert_cmpstr (tandem_object_get_string (card, "title"), ==, "B");
  g_assert_cmpint (tandem_object_get_int (card, "status"), ==, TANDEM_CARD_STATUS_PLANNED);
  g_assert_cmpint (tandem_object_get_int (card, "reach"), ==, 500);
  g_assert_cmpuint (title_notifies, ==, 1);
  g_assert_true (tandem_workspace_get_dirty (ws));

  /* Setting the same value records nothing. */
  tandem_workspace_set (ws, card, "title", "B", NULL);
  g_assert_cmpuint (title_notifies, ==, 1);

  /* Several fields set at once undo as one step. */
  g_assert_true (tandem_workspace_undo (ws));
  g_assert_cmpstr (tandem_object_get_string (card, "title"), ==, "A");
  g_assert_cmpint (tandem_object_get_int (card, "status"), ==, TANDEM_CARD_STATUS_IDEA);
  g_assert_cmpint (tandem_object_get_int (card, "reach"), ==, 0);
  g_assert_cmpstr (tandem_object_get_modified (card), ==, before);
  g_assert_cmpuint (title_notifies, ==, 2);
  g_assert_false (tandem_workspace_get_dirty (ws));

  /* The property reflects the field. */
  {
    g_autofree char *title = NULL;

    g_object_get (card, "title", &title, NULL);
    g_assert_cmpstr (title, ==, "A");
  }
}

static void
test_set_value_errors (void)
{
  TandemObject *column;
  g_autoptr(TandemWorkspace) ws = new_board (&column);
  TandemObject *card;
  g_auto(GValue) value = G_VALUE_INIT;
  g_autoptr(GError) error = NULL;

  card = tandem_workspace_create (ws, TANDEM_TYPE_CARD, NULL, "title", "A",
                                  "column", tandem_object_get_id (column), "rank", "a0", NULL);
  tandem_workspace_mark_saved (ws, tandem_workspace_get_revision (ws));

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, "2027-02-30");
  g_assert_false (tandem_workspace_set_value (ws, card, "target", &value, &error));
  g_assert_error (error, TANDEM_OBJECT_ERROR, TANDEM_OBJECT_ERROR_INVALID_VALUE);
  g_clear_error (&error);

  g_value_set_string (&value, "2027-Q5");
  g_assert_false (tandem_workspace_set_value (ws, card, "target", &value, &error));
  g_clear_error (&error);

  g_value_set_string (&value, "2027-Q3");
  g_assert_true (tandem_workspace_set_value (ws, card, "target", &value, &error));
  g_assert_no_error (error);

  g_value_set_string (&value, "c-doesnotexist");
  g_assert_false (tandem_workspace_set_value (ws, card, "column", &value, &error));
  g_assert_error (error, TANDEM_WORKSPACE_ERROR, TANDEM_WORKSPACE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* A reference must point at the right kind. */
  g_value_set_string (&value, tandem_object_get_id (card));
  g_assert_false (tandem_workspace_set_value (ws, card, "column", &value, &error));
  g_clear_error (&error);

  g_value_set_string (&value, NULL);
  g_assert_false (tandem_workspace_set_value (ws, card, "title", &value, &error));
  g_clear_error (&error);

  g_value_set_string (&value, "bell\a");
  g_assert_false (tandem_workspace_set_value (ws, card, "title", &value, &error));
  g_clear_error (&error);

  g_value_set_string (&value, "x");
  g_assert_false (tandem_workspace_set_value (ws, card, "no-such-field", &value, &error));
  g_assert_error (error, TANDEM_OBJECT_ERROR, TANDEM_OBJECT_ERROR_UNKNOWN_FIELD);
  g_clear_error (&error);

  g_value_unset (&value);
  g_value_init (&value, G_TYPE_INT);
  g_value_set_int (&value, 101);
  g_assert_false (tandem_workspace_set_value (ws, card, "confidence", &value, &error));
  g_clear_error (&error);

  /* Only the valid target change was recorded. */
  g_assert_true (tandem_workspace_undo (ws));
  g_assert_null (tandem_object_get_string (card, "target"));
  g_assert_false (tandem_workspace_get_dirty (ws));
}

static void
test_groups (void)
{
  TandemObject *column;
  g_autoptr(TandemWorkspace) ws = new_board (&column);
  GListModel *cards = G_LIST_MODEL (tandem_workspace_get_cards (ws));
  TandemObject *a, *b;

  tandem_workspace_begin_group (ws, "Add two cards");
  a = tandem_workspace_create (ws, TANDEM_TYPE_CARD, NULL, "title", "A",
                               "column", tandem_object_get_id (column), "rank", "a0", NULL);
  tandem_workspace_begin_group (ws, NULL);
  b = tandem_workspace_create (ws, TANDEM_TYPE_CARD, NULL, "title", "B",
                               "column", tandem_object_get_id (column), "rank", "a1", NULL);
  tandem_workspace_set (ws, a, "rank", "a2", NULL);
  tandem_workspace_end_group (ws);
  /* Nothing is undoable until the outer group closes. */
  g_assert_false (tandem_workspace_get_can_undo (ws));
  tandem_workspace_end_group (ws);

  g_assert_true (tandem_workspace_get_can_undo (ws));
  g_assert_cmpstr (tandem_workspace_get_undo_label (ws), ==, "Add two cards");
  g_assert_cmpuint (g_list_model_get_n_items (cards), ==, 2);
  g_assert_cmpstr (tandem_object_get_string (a, "rank"), ==, "a2");

  g_assert_true (tandem_workspace_undo (ws));
  g_assert_cmpuint (g_list_model_get_n_items (cards), ==, 0);
  g_assert_false (tandem_workspace_get_can_undo (ws));
  g_assert_cmpstr (tandem_workspace_get_redo_label (ws), ==, "Add two cards");

  g_assert_true (tandem_workspace_redo (ws));
  g_assert_cmpuint (g_list_model_get_n_items (cards), ==, 2);
  g_assert_cmpstr (tandem_object_get_string (a, "rank"), ==, "a2");
  g_assert_true (tandem_workspace_lookup (ws, tandem_object_get_id (b)) == b);

  /* An empty group records nothing. */
  tandem_workspace_begin_group (ws, "Nothing");
  tandem_workspace_end_group (ws);
  g_assert_cmpstr (tandem_workspace_get_undo_label (ws), ==, "Add two cards");
}

static void
test_new_edit_clears_redo (void)
{
  TandemObject *column;
  g_autoptr(TandemWorkspace) ws = new_board (&column);

  tandem_workspace_set (ws, column, "title", "Soon", NULL);
  tandem_workspace_set (ws, column, "title", "Sooner", NULL);
  g_assert_true (tandem_workspace_undo (ws));
  g_assert_true (tandem_workspace_get_can_redo (ws));
  tandem_workspace_set (ws, column, "title", "Later", NULL);
  g_assert_false (tandem_workspace_get_can_redo (ws));
  g_assert_true (tandem_workspace_undo (ws));
  g_assert_cmpstr (tandem_object_get_string (column, "title"), ==, "Soon");
  g_assert_true (tandem_workspace_undo (ws));
  g_assert_false (tandem_workspace_get_dirty (ws));
}

static void
test_dirty_after_save_point (void)
{
  TandemObject *column;
  g_autoptr(TandemWorkspace) ws = new_board (&column);
  guint64 revision;

  tandem_workspace_set (ws, column, "title", "One", NULL);
  revision = tandem_workspace_get_revision (ws);
  /* An edit made while a save runs stays dirty once the save finishes. */
  tandem_workspace_set (ws, column, "title", "Two", NULL);
  tandem_workspace_mark_saved (ws, revision);
  g_assert_true (tandem_workspace_get_dirty (ws));
  tandem_workspace_undo (ws);
  g_assert_false (tandem_workspace_get_dirty (ws));
  tandem_workspace_undo (ws);
  g_assert_true (tandem_workspace_get_dirty (ws));
  tandem_workspace_redo (ws);
  g_assert_false (tandem_workspace_get_dirty (ws));
}

static void
test_authorship (void)
{
  TandemObject *column;
  g_autoptr(TandemWorkspace) ws = new_board (&column);
  GListModel *people = G_LIST_MODEL (tandem_workspace_get_people (ws));
  g_autoptr(TandemObject) person = NULL;

  tandem_workspace_set_author (ws, "Maria Lopez", TANDEM_TEAM_MARKETING);
  tandem_workspace_set (ws, column, "title", "Soon", NULL);

  g_assert_cmpuint (g_list_model_get_n_items (people), ==, 1);
  person = g_list_model_get_item (people, 0);
  g_assert_cmpstr (tandem_object_get_string (person, "name"), ==, "Maria Lopez");
  g_assert_cmpint (tandem_object_get_int (person, "team"), ==, TANDEM_TEAM_MARKETING);
  g_assert_cmpstr (tandem_object_get_modified_by (column), ==, tandem_object_get_id (person));

  /* The same author is found again, not added twice. */
  tandem_workspace_set (ws, column, "title", "Sooner", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (people), ==, 1);

  /* Undoing the first edit removes the person it added. */
  tandem_workspace_undo (ws);
  tandem_workspace_undo (ws);
  g_assert_cmpuint (g_list_model_get_n_items (people), ==, 0);
  g_assert_null (tandem_object_get_modified_by (column));
  g_assert_false (tandem_workspace_get_dirty (ws));
}

static void
test_remove (void)
{
  TandemObject *column;
  g_autoptr(TandemWorkspace) ws = new_board (&column);
  g_autoptr(GError) error = NULL;
  TandemObject *card, *launch, *task, *interview, *highlight;
  const char *card_id;

  card = tandem_workspace_create (ws, TANDEM_TYPE_CARD, NULL, "title", "A",
                                  "column", tandem_object_get_id (column), "rank", "a0", NULL);
  card_id = tandem_object_get_id (card);
  launch = tandem_workspace_create (ws, TANDEM_TYPE_LAUNCH, NULL, "title", "Launch",
                                    "date", "2027-03-01", "cards",
                                    (const char * const[]) { card_id, NULL }, NULL);
  task = tandem_workspace_create (ws, TANDEM_TYPE_TASK, launch, "title", "Brief",
                                  "offset", -56, NULL);
  interview = tandem_workspace_create (ws, TANDEM_TYPE_INTERVIEW, NULL, "customer", "Zoë",
                                       "notes", "We need offline.", NULL);
  highlight = tandem_workspace_create (ws, TANDEM_TYPE_HIGHLIGHT, interview, "quote", "offline",
                                       "start", 8, "end", 15, "card", card_id, NULL);
  g_assert_nonnull (task);
  g_assert_true (tandem_object_get_parent (task) == launch);
  g_assert_true (tandem_workspace_lookup (ws, tandem_object_get_id (task)) == task);
  tandem_workspace_mark_saved (ws, tandem_workspace_get_revision (ws));

  /* A column that still holds a card cannot go. */
  g_assert_false (tandem_workspace_remove (ws, column, &error));
  g_assert_error (error, TANDEM_WORKSPACE_ERROR, TANDEM_WORKSPACE_ERROR_IN_USE);
  g_assert_false (tandem_workspace_get_dirty (ws));

  /* Removing the card clears the references to it, in one step. */
  g_object_ref (card);
  g_assert_true (tandem_workspace_remove (ws, card, NULL));
  g_assert_null (tandem_workspace_lookup (ws, tandem_object_get_id (card)));
  g_assert_cmpuint (g_strv_length ((GStrv) tandem_object_get_list (launch, "cards")), ==, 0);
  g_assert_null (tandem_object_get_string (highlight, "card"));

  g_assert_true (tandem_workspace_undo (ws));
  g_assert_true (tandem_workspace_lookup (ws, tandem_object_get_id (card)) == card);
  g_assert_cmpstr (tandem_object_get_list (launch, "cards")[0], ==, tandem_object_get_id (card));
  g_assert_cmpstr (tandem_object_get_string (highlight, "card"), ==, tandem_object_get_id (card));
  g_assert_false (tandem_workspace_get_dirty (ws));
  g_object_unref (card);

  /* Removing a parent takes its children out of the index too. */
  g_assert_true (tandem_workspace_remove (ws, launch, NULL));
  g_assert_null (tandem_workspace_lookup (ws, tandem_object_get_id (task)));
  g_assert_true (tandem_workspace_undo (ws));
  g_assert_true (tandem_workspace_lookup (ws, tandem_object_get_id (task)) == task);
}

static void
test_score (void)
{
  TandemObject *column;
  g_autoptr(TandemWorkspace) ws = new_board (&column);
  TandemObject *card;

  card = tandem_workspace_create (ws, TANDEM_TYPE_CARD, NULL, "title", "A",
                                  "column", tandem_object_get_id (column), "rank", "a0", NULL);
  g_assert_cmpfloat (tandem_card_get_score (TANDEM_CARD (card)), ==, 0);
  tandem_workspace_set (ws, card, "reach", 1000, "impact", 2.0, "confidence", 80,
                        "effort", 4.0, NULL);
  g_assert_cmpfloat_with_epsilon (tandem_card_get_score (TANDEM_CARD (card)), 400.0, 1e-9);
}

static void
type_title (TandemWorkspace *ws,
            TandemObject    *object,
            const char      *text,
            TandemEditFlags  flags)
{
  g_auto(GValue) value = G_VALUE_INIT;
  g_autoptr(GError) error = NULL;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, text);
  g_assert_true (tandem_workspace_set_value_full (ws, object, "title", &value, flags, &error));
  g_assert_no_error (error);
}

static void
test_coalesce (void)
{
  TandemObject *column;
  g_autoptr(TandemWorkspace) ws = new_board (&column);
  const char *original = NULL;
  g_autofree char *saved_title = NULL;

  original = tandem_object_get_string (column, "title");
  saved_title = g_strdup (original);

  /* A burst of typing is one step. */
  type_title (ws, column, "S", TANDEM_EDIT_COALESCE);
  type_title (ws, column, "So", TANDEM_EDIT_COALESCE);
  type_title (ws, column, "Soo", TANDEM_EDIT_COALESCE);
  type_title (ws, column, "Soon", TANDEM_EDIT_COALESCE);
  /* A word boundary starts the next. */
  type_title (ws, column, "Soon ", TANDEM_EDIT_NONE);
  type_title (ws, column, "Soon i", TANDEM_EDIT_COALESCE);
  type_title (ws, column, "Soon is", TANDEM_EDIT_COALESCE);

  g_assert_true (tandem_workspace_undo (ws));
  g_assert_cmpstr (tandem_object_get_string (column, "title"), ==, "Soon ");
  g_assert_true (tandem_workspace_undo (ws));
  g_assert_cmpstr (tandem_object_get_string (column, "title"), ==, "Soon");
  g_assert_true (tandem_workspace_undo (ws));
  g_assert_cmpstr (tandem_object_get_string (column, "title"), ==, saved_title);
  g_assert_false (tandem_workspace_get_can_undo (ws));
  g_assert_false (tandem_workspace_get_dirty (ws));

  /* Typing goes on after a save: the saved state stays reachable by undo. */
  tandem_workspace_redo (ws);
  tandem_workspace_mark_saved (ws, tandem_workspace_get_revision (ws));
  type_title (ws, column, "Soonest", TANDEM_EDIT_COALESCE);
  g_assert_true (tandem_workspace_get_dirty (ws));
  g_assert_true (tandem_workspace_undo (ws));
  g_assert_cmpstr (tandem_object_get_string (column, "title"), ==, "Soon");
  g_assert_false (tandem_workspace_get_dirty (ws));

  /* Another field is another step. */
  type_title (ws, column, "Now", TANDEM_EDIT_COALESCE);
  tandem_workspace_set (ws, column, "rank", "a5", NULL);
  type_title (ws, column, "Now!", TANDEM_EDIT_COALESCE);
  g_assert_true (tandem_workspace_undo (ws));
  g_assert_cmpstr (tandem_object_get_string (column, "title"), ==, "Now");
}

static void
test_last_edit (void)
{
  TandemObject *column;
  g_autoptr(TandemWorkspace) ws = new_board (&column);
  g_autoptr(GDateTime) edited = NULL;
  g_autoptr(GDateTime) later = NULL;
  g_autoptr(GDateTime) much_later = NULL;
  g_autofree char *fresh = NULL;
  g_autofree char *hours = NULL;
  g_autofree char *long_ago = NULL;

  tandem_workspace_set_author (ws, "Maria Lopez", TANDEM_TEAM_MARKETING);
  tandem_workspace_set (ws, column, "title", "Soon", NULL);
  edited = g_date_time_new_from_iso8601 (tandem_object_get_modified (column), NULL);
  later = g_date_time_add_hours (edited, 2);
  much_later = g_date_time_add_days (edited, 45);

  fresh = tandem_describe_last_edit (ws, column, edited);
  hours = tandem_describe_last_edit (ws, column, later);
  long_ago = tandem_describe_last_edit (ws, column, much_later);
  g_assert_cmpstr (fresh, ==, "Last edited by Maria Lopez (Marketing), just now");
  g_assert_cmpstr (hours, ==, "Last edited by Maria Lopez (Marketing), 2 hours ago");
  g_assert_true (g_str_has_prefix (long_ago, "Last edited by Maria Lopez (Marketing), on 20"));
}

static void
test_finalize (void)
{
  TandemObject *column;
  TandemWorkspace *ws = new_board (&column);
  TandemObject *card = tandem_workspace_create (ws, TANDEM_TYPE_CARD, NULL, "title", "A",
                                                "column", tandem_object_get_id (column),
                                                "rank", "a0", NULL);

  g_object_ref (card);
  tandem_workspace_remove (ws, card, NULL);
  g_assert_finalize_object (ws);
  g_assert_null (tandem_object_get_parent (card));
  g_assert_finalize_object (card);
}

/* Editing the workspace's own fields puts the workspace itself in its undo
 * stack: that must not keep it alive (found by the sanitized suite). */
static void
test_finalize_after_own_edit (void)
{
  TandemWorkspace *ws = tandem_workspace_new_untitled ();

  tandem_workspace_set (ws, ws, "title", "Renamed", "description", "Why", NULL);
  tandem_workspace_undo (ws);
  tandem_workspace_redo (ws);
  g_assert_true (tandem_workspace_get_can_undo (ws));
  g_assert_finalize_object (ws);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/workspace/untitled", test_untitled);
  g_test_add_func ("/core/workspace/create-and-undo", test_create_and_undo);
  g_test_add_func ("/core/workspace/set-and-notify", test_set_and_notify);
  g_test_add_func ("/core/workspace/set-value-errors", test_set_value_errors);
  g_test_add_func ("/core/workspace/groups", test_groups);
  g_test_add_func ("/core/workspace/new-edit-clears-redo", test_new_edit_clears_redo);
  g_test_add_func ("/core/workspace/dirty-after-save-point", test_dirty_after_save_point);
  g_test_add_func ("/core/workspace/authorship", test_authorship);
  g_test_add_func ("/core/workspace/remove", test_remove);
  g_test_add_func ("/core/workspace/score", test_score);
  g_test_add_func ("/core/workspace/coalesce", test_coalesce);
  g_test_add_func ("/core/workspace/last-edit", test_last_edit);
  g_test_add_func ("/core/workspace/finalize", test_finalize);
  g_test_add_func ("/core/workspace/finalize-after-own-edit", test_finalize_after_own_edit);

  return g_test_run ();
}
