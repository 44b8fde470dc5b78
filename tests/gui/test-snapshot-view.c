/* test-snapshot-view.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tandem-board-private.h"
#include "tandem-file.h"
#include "tandem-gui.h"
#include "tandem-snapshots-dialog.h"
#include "tandem-window-private.h"
#include "gui-test-utils.h"

/* A snapshot and a comparison shown on the Roadmap page, as a user reaches
 * them from the Snapshots dialog: the sample's "Q4 planning baseline" on a
 * read-only board, its comparison with today's board with every change
 * marked and listed, and Back to the Board.  The live workspace is never
 * touched. */

static AdwApplication *application;
static char *tmpdir;

typedef struct
{
  TandemWindow    *window;
  TandemWorkspace *workspace;
  TandemSnapshot  *snapshot;
  GFile           *file;
  guint64          revision;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *source = g_build_filename (g_getenv ("TANDEM_SOURCE_ROOT"), "data", "samples",
                                              "orbit.tandem", NULL);
  g_autofree char *path = g_build_filename (tmpdir, "snapshots.tandem", NULL);
  g_autoptr(GFile) original = g_file_new_for_path (source);
  g_autoptr(GError) error = NULL;

  f->file = g_file_new_for_path (path);
  g_file_copy (original, f->file, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);

  f->window = tandem_window_new (GTK_APPLICATION (application));
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1280, 800);
  gtk_window_present (GTK_WINDOW (f->window));
  tandem_window_load_file (f->window, f->file);
  WAIT_FOR (!tandem_window_get_busy (f->window));
  f->workspace = tandem_window_get_workspace (f->window);
  f->snapshot = tandem_snapshots_find (f->workspace, "Q4 planning baseline");
  g_assert_nonnull (f->snapshot);
  g_assert_false (tandem_workspace_get_dirty (f->workspace));
  f->revision = tandem_workspace_get_revision (f->workspace);
  gui_test_wait_for_frames (GTK_WIDGET (f->window->board), 2);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  TandemWindow *window = f->window;

  tandem_workspace_mark_saved (f->workspace, tandem_workspace_get_revision (f->workspace));
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_destroy (GTK_WINDOW (window));
  WAIT_FOR (window == NULL);
  g_clear_object (&f->file);
}

/* The Snapshots dialog over the window, as win.snapshots opens it. */
static TandemSnapshotsDialog *
open_dialog (Fixture *f)
{
  TandemSnapshotsDialog *dialog = tandem_snapshots_dialog_new (f->workspace);

  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (f->window));
  gtk_window_present (GTK_WINDOW (dialog));
  gui_test_wait_for_frames (GTK_WIDGET (dialog), 1);
  return dialog;
}

static void
assert_live_untouched (Fixture *f)
{
  g_assert_false (tandem_workspace_get_dirty (f->workspace));
  g_assert_cmpuint (tandem_workspace_get_revision (f->workspace), ==, f->revision);
}

static guint
count_quick_add (GtkWidget *widget)
{
  guint n = GTK_IS_ENTRY (widget) && gtk_widget_has_css_class (widget, "quick-add") ? 1 : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_quick_add (child);
  return n;
}

static gboolean
has_drag_source (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DRAG_SOURCE (controller))
        return TRUE;
    }
  return FALSE;
}

/* Waits until the board binds a widget to @card, after revealing it. */
static TandemCardWidget *
reveal (TandemBoard *board,
        const char  *card_id)
{
  TandemObject *card = tandem_workspace_lookup (tandem_board_get_workspace (board), card_id);

  g_assert_nonnull (card);
  g_assert_true (tandem_board_reveal_card (board, card_id));
  WAIT_FOR (_tandem_board_get_card_widget (board, card) != NULL);
  return _tandem_board_get_card_widget (board, card);
}

static void
test_view (Fixture       *f,
           gconstpointer  data)
{
  TandemSnapshotsDialog *dialog = open_dialog (f);
  TandemBoard *board;
  TandemWorkspace *shown;
  GListModel *entries = G_LIST_MODEL (tandem_object_get_children (TANDEM_OBJECT (f->snapshot)));
  guint n_moved_since = 0, n_with_evidence = 0;
  TandemObject *column;

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_assert_true (tandem_snapshots_dialog_view (dialog, f->snapshot));
  WAIT_FOR (dialog == NULL);

  /* The Roadmap page shows the snapshot, on a board of its own. */
  g_assert_true (gtk_stack_get_visible_child (f->window->roadmap_stack) == GTK_WIDGET (f->window->snapshot_view));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (f->window->view_stack), ==, "roadmap");
  g_assert_cmpstr (tandem_snapshot_view_get_title (f->window->snapshot_view), ==,
                   "Snapshot “Q4 planning baseline”, 2 October 2026 — read only");
  board = tandem_snapshot_view_get_board (f->window->snapshot_view);
  shown = tandem_board_get_workspace (board);
  g_assert_nonnull (shown);
  g_assert_true (shown != f->workspace);
  g_assert_true (tandem_board_get_read_only (board));
  g_assert_null (tandem_board_get_changes (board));
  /* The focus is in the view, where Escape means Back to the Board. */
  g_assert_true (gtk_widget_is_ancestor (gtk_window_get_focus (GTK_WINDOW (f->window)),
                                         GTK_WIDGET (f->window->snapshot_view)));

  /* Every card of the snapshot, in its column and lane then, as titled then. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tandem_workspace_get_cards (shown))), ==,
                    g_list_model_get_n_items (entries));
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(TandemObject) entry = g_list_model_get_item (entries, i);
      const char *id = tandem_object_get_string (entry, "card");
      TandemObject *card = tandem_workspace_lookup (shown, id);
      TandemObject *live = tandem_workspace_lookup (f->workspace, id);

      g_assert_nonnull (card);
      g_assert_cmpstr (tandem_object_get_string (card, "title"), ==, tandem_object_get_string (entry, "title"));
      g_assert_cmpstr (tandem_object_get_string (card, "column"), ==, tandem_object_get_string (entry, "column"));
      g_assert_cmpstr (tandem_object_get_string (card, "lane"), ==, tandem_object_get_string (entry, "lane"));
      if (live != NULL && g_strcmp0 (tandem_object_get_string (live, "column"),
                                     tandem_object_get_string (entry, "column")) != 0)
        n_moved_since++;
    }
  /* The sample's board moved on since: the view is not today's board. */
  g_assert_cmpuint (n_moved_since, >, 0);

  /* The evidence of a card is today's, as on the live board. */
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(TandemObject) entry = g_list_model_get_item (entries, i);
      TandemObject *live = tandem_workspace_lookup (f->workspace, tandem_object_get_string (entry, "card"));
      guint count = live != NULL ? tandem_board_model_get_evidence_count (f->window->board->model, live) : 0;
      g_autofree char *text = g_strdup_printf ("%u", count);

      if (count == 0)
        continue;
      g_assert_cmpstr (tandem_card_widget_get_evidence_text (reveal (board, tandem_object_get_id (live))), ==, text);
      n_with_evidence++;
      break;
    }
  g_assert_cmpuint (n_with_evidence, ==, 1);

  /* Nothing edits it: no quick-add entries, no drags, edit actions off. */
  g_assert_cmpuint (count_quick_add (GTK_WIDGET (f->window->board)), >, 0);
  g_assert_cmpuint (count_quick_add (GTK_WIDGET (board)), ==, 0);
  {
    g_autoptr(TandemObject) entry = g_list_model_get_item (entries, 0);
    TandemCardWidget *widget = reveal (board, tandem_object_get_string (entry, "card"));

    g_assert_false (has_drag_source (GTK_WIDGET (widget)));
    g_assert_null (tandem_card_widget_get_change_text (widget));
  }
  column = g_list_model_get_item (G_LIST_MODEL (tandem_workspace_get_columns (shown)), 0);
  g_object_unref (column);
  {
    g_autofree char *menu = g_strdup_printf ("Column “%s” Menu", tandem_object_get_string (column, "title"));

    /* A column's menu only edits: the live board has it, the snapshot's not. */
    g_assert_nonnull (gui_test_find_by_tooltip (GTK_WIDGET (f->window->board), menu, 0));
    g_assert_null (gui_test_find_by_tooltip (GTK_WIDGET (board), menu, 0));
  }
  gtk_widget_activate_action (GTK_WIDGET (board), "board.add-card", "(sss)",
                              tandem_object_get_id (column), "", "Sneaked in");
  gtk_widget_activate_action (GTK_WIDGET (board), "board.add-column", NULL);
  gui_test_iterate (50);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tandem_workspace_get_cards (shown))), ==,
                    g_list_model_get_n_items (entries));
  g_assert_false (tandem_workspace_get_can_undo (shown));
  g_assert_null (_tandem_window_get_dialog (f->window));
  assert_live_untouched (f);

  gui_test_save_screenshot (GTK_WIDGET (f->window), "snapshot-view.png");

  /* Back to the Board: the live board, as it was. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window->snapshot_view), "snapshot-view.close", NULL));
  g_assert_true (gtk_stack_get_visible_child (f->window->roadmap_stack) == GTK_WIDGET (f->window->board));
  g_assert_true (tandem_board_get_workspace (f->window->board) == f->workspace);
  g_assert_null (tandem_board_get_workspace (board));
  g_assert_false (tandem_board_get_read_only (f->window->board));
  assert_live_untouched (f);
}

static void
test_compare (Fixture       *f,
              gconstpointer  data)
{
  TandemSnapshotsDialog *dialog = open_dialog (f);
  g_autoptr(TandemRoadmap) before = tandem_roadmap_new_from_snapshot (f->workspace, f->snapshot);
  g_autoptr(TandemRoadmap) after = tandem_roadmap_new_current (f->workspace);
  g_autoptr(GPtrArray) expected = tandem_roadmap_compare (before, after);
  TandemBoard *board;
  TandemWorkspace *shown;
  GtkListBox *list;
  GPtrArray *changes;
  guint n_rows = 0, n_removed = 0;

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_assert_true (tandem_snapshots_dialog_compare (dialog, f->snapshot, NULL));
  WAIT_FOR (dialog == NULL);

  g_assert_true (gtk_stack_get_visible_child (f->window->roadmap_stack) == GTK_WIDGET (f->window->snapshot_view));
  g_assert_cmpstr (tandem_snapshot_view_get_title (f->window->snapshot_view), ==,
                   "Changes since “Q4 planning baseline”, 2 October 2026 — read only");
  board = tandem_snapshot_view_get_board (f->window->snapshot_view);
  shown = tandem_board_get_workspace (board);
  changes = tandem_board_get_changes (board);
  g_assert_nonnull (changes);
  /* The sample's board differs from its snapshot in seven cards. */
  g_assert_cmpuint (expected->len, ==, 7);
  g_assert_cmpuint (changes->len, ==, expected->len);

  /* One row per change, in the order of the comparison. */
  list = tandem_snapshot_view_get_changes_list (f->window->snapshot_view);
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      TandemChange *change = g_ptr_array_index (expected, n_rows);
      g_autofree char *description = tandem_change_dup_description (change);

      g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, change->title);
      g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, description);
      n_rows++;
    }
  g_assert_cmpuint (n_rows, ==, 7);

  /* Each changed card is marked on the board, removed ones in their old
   * place; choosing a row in the list selects its card. */
  for (guint i = 0; i < expected->len; i++)
    {
      TandemChange *change = g_ptr_array_index (expected, i);
      g_autofree char *description = tandem_change_dup_description (change);
      g_autofree char *style = g_strconcat ("change-", tandem_change_get_kind (change->flags), NULL);
      TandemObject *card = tandem_workspace_lookup (shown, change->card);
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, i);
      TandemCardWidget *widget;

      g_assert_nonnull (card);
      g_signal_emit_by_name (row, "activate");
      WAIT_FOR (_tandem_board_get_card_widget (board, card) != NULL);
      g_assert_true (_tandem_board_is_selected (board, card));
      widget = _tandem_board_get_card_widget (board, card);
      g_assert_cmpstr (tandem_card_widget_get_change_text (widget), ==, description);
      g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (widget), style));
      if (change->flags & TANDEM_CHANGE_REMOVED)
        {
          const TandemRoadmapCard *old = tandem_roadmap_find_card (before, change->card);

          g_assert_cmpstr (tandem_object_get_string (card, "column"), ==, old->column);
          n_removed++;
        }
      else
        {
          const TandemRoadmapCard *now = tandem_roadmap_find_card (after, change->card);

          g_assert_cmpstr (tandem_object_get_string (card, "column"), ==, now->column);
          g_assert_cmpstr (tandem_object_get_string (card, "title"), ==, now->title);
        }
    }
  /* The board holds today's cards and the removed ones. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tandem_workspace_get_cards (shown))), ==,
                    after->cards->len + n_removed);
  /* A card that did not change carries no mark. */
  for (guint i = 0; i < after->cards->len; i++)
    {
      TandemRoadmapCard *card = g_ptr_array_index (after->cards, i);
      gboolean changed = FALSE;

      for (guint j = 0; j < expected->len; j++)
        changed |= g_strcmp0 (((TandemChange *) g_ptr_array_index (expected, j))->card, card->card) == 0;
      if (!changed)
        {
          TandemCardWidget *widget = reveal (board, card->card);

          g_assert_null (tandem_card_widget_get_change_text (widget));
          break;
        }
    }
  assert_live_untouched (f);

  g_assert_true (tandem_board_reveal_card (board, ((TandemChange *) g_ptr_array_index (expected, 0))->card));
  gui_test_wait_for_frames (GTK_WIDGET (f->window), 2);
  gui_test_save_screenshot (GTK_WIDGET (f->window), "snapshot-compare.png");

  /* An edit meanwhile (an undo, a teammate's save merged in) shows at once. */
  for (guint i = 0; i < after->cards->len; i++)
    {
      TandemRoadmapCard *card = g_ptr_array_index (after->cards, i);

      if (tandem_roadmap_find_card (before, card->card) != NULL &&
          tandem_roadmap_find_card (before, card->card)->status == card->status)
        {
          g_assert_true (tandem_workspace_set (f->workspace, tandem_workspace_lookup (f->workspace, card->card),
                                               "title", "Renamed meanwhile", NULL));
          break;
        }
    }
  WAIT_FOR (tandem_board_get_changes (board)->len == expected->len + 1);
  g_assert_true (gtk_stack_get_visible_child (f->window->roadmap_stack) == GTK_WIDGET (f->window->snapshot_view));

  /* Typing in an interview's notes shows nowhere on the board: the board
   * keeps the workspace it shows rather than building it again. */
  {
    TandemWorkspace *copy = tandem_board_get_workspace (board);
    g_autoptr(TandemObject) interview =
      g_list_model_get_item (G_LIST_MODEL (tandem_workspace_get_interviews (f->workspace)), 0);
    g_autofree char *notes = g_strconcat ("Typed meanwhile. ", tandem_object_get_string (interview, "notes"), NULL);

    g_assert_true (tandem_workspace_set (f->workspace, interview, "notes", notes, NULL));
    gui_test_iterate (100);
    g_assert_true (tandem_board_get_workspace (board) == copy);
  }
  f->revision = tandem_workspace_get_revision (f->workspace);
  tandem_workspace_mark_saved (f->workspace, f->revision);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window->snapshot_view), "snapshot-view.close", NULL));
  g_assert_true (gtk_stack_get_visible_child (f->window->roadmap_stack) == GTK_WIDGET (f->window->board));
  g_assert_null (tandem_board_get_changes (board));
  assert_live_untouched (f);
}

/* Two snapshots: the newer against the older, whichever was chosen first. */
static void
test_compare_two (Fixture       *f,
                  gconstpointer  data)
{
  TandemSnapshot *newer;
  TandemBoard *board;
  g_autoptr(GError) error = NULL;
  GListModel *cards = G_LIST_MODEL (tandem_workspace_get_cards (f->workspace));
  g_autoptr(TandemObject) card = g_list_model_get_item (cards, 0);
  TandemCardWidget *widget;
  g_autofree char *card_id = g_strdup (tandem_object_get_id (card));
  g_autoptr(TandemObject) removed = NULL;
  g_autofree char *removed_id = NULL;
  g_autofree char *newer_id = NULL;
  TandemObject *column, *added;

  /* Before the newer snapshot: a card added, another removed. */
  column = g_list_model_get_item (G_LIST_MODEL (tandem_workspace_get_columns (f->workspace)), 0);
  g_object_unref (column);
  removed = g_list_model_get_item (cards, 1);
  removed_id = g_strdup (tandem_object_get_id (removed));
  g_assert_true (tandem_workspace_remove (f->workspace, removed, NULL));
  added = tandem_workspace_create (f->workspace, TANDEM_TYPE_CARD, NULL, "title", "Brand-new idea",
                                   "column", tandem_object_get_id (column), "rank", "a0", NULL);
  g_assert_nonnull (added);
  newer = tandem_snapshots_take (f->workspace, "After renaming", NULL, &error);
  g_assert_no_error (error);
  newer_id = g_strdup (tandem_object_get_id (TANDEM_OBJECT (newer)));
  g_assert_true (tandem_workspace_set (f->workspace, card, "title", "Renamed after both", NULL));
  f->revision = tandem_workspace_get_revision (f->workspace);
  tandem_workspace_mark_saved (f->workspace, f->revision);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.compare-snapshots", "(ss)",
                                             tandem_object_get_id (TANDEM_OBJECT (newer)),
                                             tandem_object_get_id (TANDEM_OBJECT (f->snapshot))));
  g_assert_cmpstr (tandem_snapshot_view_get_title (f->window->snapshot_view), ==,
                   "Changes from “Q4 planning baseline” to “After renaming” — read only");
  board = tandem_snapshot_view_get_board (f->window->snapshot_view);
  /* The newer snapshot's title, not today's. */
  widget = reveal (board, card_id);
  g_assert_cmpstr (tandem_object_get_string (tandem_card_widget_get_card (widget), "title"), !=,
                   "Renamed after both");
  g_assert_cmpuint (tandem_board_get_changes (board)->len, ==, 9);
  widget = reveal (board, tandem_object_get_id (added));
  g_assert_cmpstr (tandem_card_widget_get_change_text (widget), ==, "Added");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (widget), "change-added"));
  widget = reveal (board, removed_id);
  g_assert_cmpstr (tandem_card_widget_get_change_text (widget), ==, "Removed");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (widget), "change-removed"));
  g_assert_cmpstr (tandem_object_get_string (tandem_card_widget_get_card (widget), "title"), ==,
                   tandem_object_get_string (removed, "title"));
  /* A screen reader hears the mark first.  The card is gone from today's
   * board, so it has no owners. */
  {
    TandemObject *shown_card = tandem_card_widget_get_card (widget);
    g_autofree char *expected = g_strdup_printf ("Removed. %s, score %.0f, PM — · PMM —, %u highlights",
                                                 tandem_card_status_to_label (tandem_object_get_int (shown_card, "status")),
                                                 tandem_card_get_score (TANDEM_CARD (shown_card)),
                                                 tandem_board_model_get_evidence_count (board->model, shown_card));
    g_autofree char *mismatch = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget),
                                                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                                                    expected);

    g_assert_null (mismatch);
  }
  gui_test_save_screenshot (gtk_widget_get_parent (gtk_widget_get_parent (GTK_WIDGET (widget))),
                            "snapshot-removed-card.png");
  assert_live_untouched (f);
  gui_test_wait_for_frames (GTK_WIDGET (f->window), 2);
  gui_test_save_screenshot (GTK_WIDGET (f->window), "snapshot-compare-two.png");

  /* Undoing the newer snapshot takes the comparison away: back to the board. */
  g_assert_true (tandem_workspace_undo (f->workspace));
  g_assert_true (tandem_workspace_undo (f->workspace));
  g_assert_null (tandem_snapshots_find (f->workspace, "After renaming"));
  WAIT_FOR (gtk_stack_get_visible_child (f->window->roadmap_stack) == GTK_WIDGET (f->window->board));
  g_assert_null (tandem_board_get_workspace (board));

  /* Compared with a snapshot that is gone, nothing is shown: not today's
   * board in its place. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.compare-snapshots", "(ss)",
                                             tandem_object_get_id (TANDEM_OBJECT (f->snapshot)), newer_id));
  g_assert_true (gtk_stack_get_visible_child (f->window->roadmap_stack) == GTK_WIDGET (f->window->board));
  g_assert_null (tandem_board_get_workspace (board));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (!gui_test_init (&argc, &argv, "snapshot-view", &tmpdir))
    return 0;

  application = adw_application_new ("io.github.tandemplanner.Tandem.SnapshotViewTest",
                                     G_APPLICATION_NON_UNIQUE);
  /* The app's style sheet, as the real application loads it. */
  g_application_set_resource_base_path (G_APPLICATION (application), RESOURCE_BASE);
  gui_test_register (G_APPLICATION (application));

#define ADD(path, func) g_test_add ("/gui/snapshot-view/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("view", test_view);
  ADD ("compare", test_compare);
  ADD ("compare-two", test_compare_two);
#undef ADD

  status = g_test_run ();

  g_clear_object (&application);
  g_free (tmpdir);
  return status;
}
