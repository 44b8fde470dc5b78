/* test-board.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gdk/x11/gdkx.h>
#include <string.h>

#include "tandem-board-private.h"
#include "tandem-file.h"
#include "tandem-gui.h"
#include "tandem-window-private.h"
#include "gui-test-utils.h"
#include "tandem-notes-ops.h"

/* The roadmap board under Xvfb, driven like a user: real pointer drags with
 * xdotool, keys, the Move to… popover, the filter, quick add, sorting and the
 * card editor.  Each change is checked in the model (and, for a drag, in the
 * saved file) and undone in one step. */


static AdwApplication *application;
static char *tmpdir;

/* The whole screen, as a person would see it. */
static void
screenshot (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, name, NULL);

  gui_test_run ("import -window root %s", path);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  g_test_message ("screenshot: %s", path);
}

typedef struct
{
  TandemWindow    *window;
  TandemBoard     *board;
  TandemWorkspace *workspace;
  GFile           *file;
  gulong           xid;
  TandemObject    *columns[3];
  TandemObject    *lanes[4];
} Fixture;

static TandemObject *
nth_ranked (TandemCollection *collection,
            guint             n)
{
  g_autoptr(GPtrArray) ranked = tandem_board_list_ranked (collection);

  g_assert_cmpuint (n, <, ranked->len);
  return g_ptr_array_index (ranked, n);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *source = g_build_filename (g_getenv ("TANDEM_SOURCE_ROOT"), "data", "samples",
                                              "orbit.tandem", NULL);
  g_autofree char *path = g_build_filename (tmpdir, "board.tandem", NULL);
  g_autoptr(GFile) original = g_file_new_for_path (source);
  g_autoptr(GError) error = NULL;
  GdkSurface *surface;

  f->file = g_file_new_for_path (path);
  g_file_copy (original, f->file, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);

  f->window = tandem_window_new (GTK_APPLICATION (application));
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1100, 760);
  gtk_window_present (GTK_WINDOW (f->window));
  tandem_window_load_file (f->window, f->file);
  WAIT_FOR (!tandem_window_get_busy (f->window));
  g_assert_null (_tandem_window_get_dialog (f->window));

  f->board = f->window->board;
  f->workspace = tandem_window_get_workspace (f->window);
  for (guint i = 0; i < 3; i++)
    f->columns[i] = nth_ranked (tandem_workspace_get_columns (f->workspace), i);
  for (guint i = 0; i < 4; i++)
    f->lanes[i] = nth_ranked (tandem_workspace_get_lanes (f->workspace), i);
  gui_test_wait_for_frames (GTK_WIDGET (f->board), 2);

  surface = gtk_native_get_surface (GTK_NATIVE (f->window));
  if (GDK_IS_X11_SURFACE (surface))
    f->xid = gdk_x11_surface_get_xid (surface);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  TandemWindow *window = f->window;

  /* Leave without the unsaved-changes question. */
  tandem_workspace_mark_saved (f->workspace, tandem_workspace_get_revision (f->workspace));
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_destroy (GTK_WINDOW (window));
  WAIT_FOR (window == NULL);
  g_clear_object (&f->file);
}

static gboolean
need_x11 (Fixture *f)
{
  if (f->xid == 0 || g_find_program_in_path ("xdotool") == NULL)
    {
      g_test_skip ("needs X11 and xdotool");
      return FALSE;
    }
  return TRUE;
}

static GPtrArray *
cell (Fixture      *f,
      TandemObject *column,
      TandemObject *lane)
{
  return tandem_board_list_cell (f->workspace, column, lane);
}

static TandemObject *
cell_item (Fixture      *f,
           TandemObject *column,
           TandemObject *lane,
           guint         index)
{
  g_autoptr(GPtrArray) cards = cell (f, column, lane);

  g_assert_cmpuint (index, <, cards->len);
  return g_ptr_array_index (cards, index);
}

static guint
cell_index (Fixture      *f,
            TandemObject *card)
{
  g_autoptr(GPtrArray) cards = cell (f, tandem_workspace_lookup (f->workspace, tandem_object_get_string (card, "column")),
                                     tandem_workspace_lookup (f->workspace, tandem_object_get_string (card, "lane")));
  guint index;

  g_assert_true (g_ptr_array_find (cards, card, &index));
  return index;
}

static GtkWidget *
card_widget (Fixture      *f,
             TandemObject *card)
{
  TandemCardWidget *widget = NULL;

  WAIT_FOR ((widget = _tandem_board_get_card_widget (f->board, card)) != NULL &&
            gtk_widget_get_mapped (GTK_WIDGET (widget)));
  return GTK_WIDGET (widget);
}

/* A pointer drag as a hand makes it: press, a few small moves past the
 * threshold, a glide to the target, a pause over it, and the release. */
static void
drag (Fixture *f,
      int      x0,
      int      y0,
      int      x1,
      int      y1,
      gboolean escape)
{
  gui_test_run ("xdotool mousemove --window %lu %d %d", f->xid, x0, y0);
  gui_test_run ("xdotool mousedown 1");
  for (int i = 1; i <= 3; i++)
    gui_test_run ("xdotool mousemove --window %lu %d %d", f->xid, x0 + 4 * i, y0 + 4 * i);
  for (int i = 1; i <= 10; i++)
    gui_test_run ("xdotool mousemove --window %lu %d %d", f->xid,
         x0 + 12 + (x1 - x0 - 12) * i / 10, y0 + 12 + (y1 - y0 - 12) * i / 10);
  gui_test_run ("xdotool mousemove --window %lu %d %d", f->xid, x1, y1);
  gui_test_iterate (150);
  if (escape)
    {
      screenshot ("board-before-escape.png");
      gui_test_run ("xdotool key Escape");
      gui_test_iterate (100);
    }
  gui_test_run ("xdotool mouseup 1");
  gui_test_iterate (300);
}

static TandemWorkspace *
save_and_reload (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  TandemWorkspace *saved;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.save", NULL));
  WAIT_FOR (!tandem_window_get_busy (f->window) && !tandem_workspace_get_dirty (f->workspace));
  saved = tandem_file_load (f->file, NULL, &error);
  g_assert_no_error (error);
  return saved;
}

static void
undo (Fixture *f)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
}

static void
test_populate (Fixture       *f,
               gconstpointer  data)
{
  guint total = 0;

  /* Every cell shows exactly the cards of its column and lane. */
  for (guint c = 0; c < 3; c++)
    for (guint l = 0; l < 4; l++)
      {
        GtkWidget *overlay = _tandem_board_get_cell_widget (f->board, f->columns[c], f->lanes[l]);
        g_autoptr(GPtrArray) cards = cell (f, f->columns[c], f->lanes[l]);
        GtkWidget *list_view;

        g_assert_nonnull (overlay);
        list_view = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (gtk_overlay_get_child (GTK_OVERLAY (overlay))));
        g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_grid_view_get_model (GTK_GRID_VIEW (list_view)))),
                          ==, cards->len);
        total += cards->len;
      }
  g_assert_cmpuint (total, ==, 34);
  g_assert_cmpstr (tandem_board_get_count_text (f->board), ==, "34 cards in 3 columns and 4 lanes");

  /* A card shows its real evidence count and is named by its title. */
  {
    TandemObject *card = cell_item (f, f->columns[0], f->lanes[0], 0);
    TandemCardWidget *widget = TANDEM_CARD_WIDGET (card_widget (f, card));
    g_autofree char *evidence = g_strdup_printf ("%u", tandem_board_count_evidence (f->workspace, card));
    g_autofree char *failure = NULL;

    g_assert_cmpuint (tandem_board_count_evidence (f->workspace, card), >, 0);
    g_assert_cmpstr (tandem_card_widget_get_evidence_text (widget), ==, evidence);
    failure = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                  tandem_object_get_string (card, "title"));
    g_assert_null (failure);
  }
}

/* Cards are recycled: a column of 3,000 cards holds a bounded number of
 * widgets (GTK 4.8's list view keeps up to about 200 rows around the view). */
static void
test_recycles (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(TandemWorkspace) big = tandem_workspace_new_untitled ();
  g_autoptr(GPtrArray) columns = tandem_board_list_ranked (tandem_workspace_get_columns (big));
  guint n_bound;

  for (guint i = 0; i < 3000; i++)
    {
      g_autofree char *title = g_strdup_printf ("Card %u", i);

      g_assert_nonnull (tandem_board_add_card (big, g_ptr_array_index (columns, 0), NULL, title, NULL));
    }
  tandem_workspace_mark_saved (big, tandem_workspace_get_revision (big));
  _tandem_window_set_workspace (f->window, big, NULL);
  f->workspace = big;
  gui_test_wait_for_frames (GTK_WIDGET (f->board), 3);
  screenshot ("board-3000-cards.png");

  n_bound = g_hash_table_size (f->board->bound);
  g_test_message ("%u card widgets bound for 3000 cards", n_bound);
  g_assert_cmpuint (n_bound, >, 0);
  g_assert_cmpuint (n_bound, <, 3000 / 10);
  g_assert_cmpstr (tandem_board_get_count_text (f->board), ==, "3000 cards in 3 columns");
}

/* A card moved to another cell keeps its widget: the row that showed it is
 * torn down, and the new row takes the widget back as it was. */
static void
test_move_keeps_widget (Fixture       *f,
                        gconstpointer  data)
{
  TandemObject *card = cell_item (f, f->columns[0], f->lanes[0], 0);
  BoardCell *to = _tandem_board_get_cell (f->board, 1, 0);
  g_autoptr(GPtrArray) cards = g_ptr_array_new ();
  GtkWidget *widget = card_widget (f, card);
  g_autofree char *evidence = g_strdup (tandem_card_widget_get_evidence_text (TANDEM_CARD_WIDGET (widget)));

  g_assert_true (to->column == f->columns[1] && to->lane == f->lanes[0]);
  g_ptr_array_add (cards, card);
  for (guint i = 0; i < 2; i++)
    {
      _tandem_board_move (f->board, cards, to, 1);
      g_assert_cmpstr (tandem_object_get_string (card, "column"), ==, tandem_object_get_id (f->columns[1]));
      gui_test_wait_for_frames (GTK_WIDGET (f->board), 2);
      g_assert_true (card_widget (f, card) == widget);
      g_assert_true (gtk_widget_is_ancestor (widget, to->list_view));
      g_assert_true (tandem_card_widget_get_card (TANDEM_CARD_WIDGET (widget)) == card);
      g_assert_cmpstr (tandem_card_widget_get_evidence_text (TANDEM_CARD_WIDGET (widget)), ==, evidence);
      g_assert_cmpuint (cell_index (f, card), ==, 1);
      /* And back, below the card that was second. */
      undo (f);
      gui_test_wait_for_frames (GTK_WIDGET (f->board), 2);
      g_assert_true (card_widget (f, card) == widget);
      g_assert_true (gtk_widget_is_ancestor (widget, _tandem_board_get_cell (f->board, 0, 0)->list_view));
      g_assert_cmpuint (cell_index (f, card), ==, 0);
    }
}

static void
test_drag_to_column (Fixture       *f,
                     gconstpointer  data)
{
  TandemObject *card;
  TandemObject *first;
  TandemObject *second;
  g_autofree char *old_rank = NULL;
  g_autoptr(TandemWorkspace) saved = NULL;
  TandemObject *saved_card;
  int x0, y0, x1, y1, y2;

  if (!need_x11 (f))
    return;

  card = cell_item (f, f->columns[0], f->lanes[0], 0);
  first = cell_item (f, f->columns[1], f->lanes[0], 0);
  second = cell_item (f, f->columns[1], f->lanes[0], 1);
  old_rank = g_strdup (tandem_object_get_string (card, "rank"));

  gui_test_window_point (GTK_WIDGET (f->window), card_widget (f, card), 0.5, 0.3, &x0, &y0);
  gui_test_window_point (GTK_WIDGET (f->window), card_widget (f, first), 0.5, 1.0, &x1, &y1);
  gui_test_window_point (GTK_WIDGET (f->window), card_widget (f, second), 0.5, 0.0, &x1, &y2);
  screenshot ("board-before-drag.png");
  drag (f, x0, y0, x1, (y1 + y2) / 2, FALSE);
  WAIT_FOR (g_strcmp0 (tandem_object_get_string (card, "column"),
                       tandem_object_get_id (f->columns[1])) == 0);
  gui_test_wait_for_frames (GTK_WIDGET (f->board), 2);
  screenshot ("board-after-drag.png");

  /* Between the two cards it was dropped between, in the same lane. */
  g_assert_cmpstr (tandem_object_get_string (card, "lane"), ==, tandem_object_get_id (f->lanes[0]));
  g_assert_cmpuint (cell_index (f, card), ==, 1);
  g_assert_true (cell_item (f, f->columns[1], f->lanes[0], 0) == first);
  g_assert_true (cell_item (f, f->columns[1], f->lanes[0], 2) == second);
  g_assert_cmpstr (tandem_workspace_get_undo_label (f->workspace), ==, "Move card");
  g_assert_nonnull (_tandem_board_get_card_widget (f->board, card));

  /* The saved file says so too. */
  saved = save_and_reload (f);
  saved_card = tandem_workspace_lookup (saved, tandem_object_get_id (card));
  g_assert_nonnull (saved_card);
  g_assert_cmpstr (tandem_object_get_string (saved_card, "column"), ==, tandem_object_get_id (f->columns[1]));
  g_assert_cmpstr (tandem_object_get_string (saved_card, "rank"), ==, tandem_object_get_string (card, "rank"));

  /* One undo puts it back. */
  undo (f);
  g_assert_cmpstr (tandem_object_get_string (card, "column"), ==, tandem_object_get_id (f->columns[0]));
  g_assert_cmpstr (tandem_object_get_string (card, "rank"), ==, old_rank);
  g_assert_cmpuint (cell_index (f, card), ==, 0);
}

static void
test_drag_to_empty_lane (Fixture       *f,
                         gconstpointer  data)
{
  TandemObject *lane;
  TandemObject *card;
  GtkWidget *target;
  int x0, y0, x1, y1;

  if (!need_x11 (f))
    return;

  /* A new, empty lane at the top of the board. */
  lane = tandem_board_add_lane (f->workspace, "Empty lane", NULL);
  g_assert_true (tandem_board_move_ranked (f->workspace, lane, 0, NULL));
  WAIT_FOR ((target = _tandem_board_get_cell_widget (f->board, f->columns[2], lane)) != NULL);
  gui_test_wait_for_frames (target, 2);
  g_assert_cmpuint (cell (f, f->columns[2], lane)->len, ==, 0);

  card = cell_item (f, f->columns[0], f->lanes[0], 0);
  gui_test_window_point (GTK_WIDGET (f->window), card_widget (f, card), 0.5, 0.3, &x0, &y0);
  gui_test_window_point (GTK_WIDGET (f->window), target, 0.5, 0.5, &x1, &y1);
  drag (f, x0, y0, x1, y1, FALSE);
  WAIT_FOR (tandem_object_get_string (card, "lane") == tandem_object_get_id (lane) ||
            g_strcmp0 (tandem_object_get_string (card, "lane"), tandem_object_get_id (lane)) == 0);
  g_assert_cmpstr (tandem_object_get_string (card, "column"), ==, tandem_object_get_id (f->columns[2]));
  gui_test_wait_for_frames (GTK_WIDGET (f->board), 2);
  screenshot ("board-drop-empty-lane.png");

  undo (f);
  g_assert_cmpstr (tandem_object_get_string (card, "lane"), ==, tandem_object_get_id (f->lanes[0]));
  g_assert_cmpstr (tandem_object_get_string (card, "column"), ==, tandem_object_get_id (f->columns[0]));
  g_assert_cmpuint (cell (f, f->columns[2], lane)->len, ==, 0);
}

/* A drag that ends where nothing accepts it, or that Escape cancels,
 * changes nothing: same revision, same place, still on the board. */
static void
check_drag_changes_nothing (Fixture  *f,
                            int       x1,
                            int       y1,
                            gboolean  escape)
{
  TandemObject *card = cell_item (f, f->columns[1], f->lanes[1], 0);
  guint64 revision = tandem_workspace_get_revision (f->workspace);
  g_autofree char *rank = g_strdup (tandem_object_get_string (card, "rank"));
  int x0, y0;

  gui_test_window_point (GTK_WIDGET (f->window), card_widget (f, card), 0.5, 0.3, &x0, &y0);
  drag (f, x0, y0, x1, y1, escape);
  gui_test_iterate (200);
  g_assert_cmpuint (tandem_workspace_get_revision (f->workspace), ==, revision);
  g_assert_cmpstr (tandem_object_get_string (card, "column"), ==, tandem_object_get_id (f->columns[1]));
  g_assert_cmpstr (tandem_object_get_string (card, "lane"), ==, tandem_object_get_id (f->lanes[1]));
  g_assert_cmpstr (tandem_object_get_string (card, "rank"), ==, rank);
  g_assert_nonnull (card_widget (f, card));
  g_assert_false (gtk_widget_has_css_class (card_widget (f, card), "drag-source"));
}

static void
test_drag_outside (Fixture       *f,
                   gconstpointer  data)
{
  int x, y;

  if (!need_x11 (f))
    return;

  /* Onto the header bar, which takes no drops… */
  gui_test_window_point (GTK_WIDGET (f->window), GTK_WIDGET (f->window->switcher_title), 0.5, 0.5, &x, &y);
  check_drag_changes_nothing (f, x, y, FALSE);
  /* …and off the window altogether. */
  check_drag_changes_nothing (f, gtk_widget_get_width (GTK_WIDGET (f->window)) + 100, 40, FALSE);
}

static void
test_drag_escape (Fixture       *f,
                  gconstpointer  data)
{
  TandemObject *target;
  int x, y;

  if (!need_x11 (f))
    return;

  /* Over a valid target, Escape, then the button released there: the drag
   * was cancelled, so the release drops nothing. */
  target = cell_item (f, f->columns[2], f->lanes[1], 0);
  gui_test_window_point (GTK_WIDGET (f->window), card_widget (f, target), 0.5, 0.5, &x, &y);
  check_drag_changes_nothing (f, x, y, TRUE);
  screenshot ("board-after-escape.png");
  g_assert_null (f->board->dragged);
  g_assert_null (f->board->drop_cell);
}

/* Near the foot of the board, a drag scrolls it; Escape then leaves all
 * as it was. */
static void
test_drag_autoscroll (Fixture       *f,
                      gconstpointer  data)
{
  GtkAdjustment *vadjustment = gtk_scrolled_window_get_vadjustment (f->board->scroller);
  int height = gtk_widget_get_height (GTK_WIDGET (f->board->scroller));
  int x, y;

  if (!need_x11 (f))
    return;

  g_assert_cmpfloat (gtk_adjustment_get_value (vadjustment), ==, 0);
  g_assert_cmpfloat (gtk_adjustment_get_upper (vadjustment), >, gtk_adjustment_get_page_size (vadjustment));
  gui_test_window_point (GTK_WIDGET (f->window), GTK_WIDGET (f->board->scroller), 0.15, 1.0 - 20.0 / height, &x, &y);
  check_drag_changes_nothing (f, x, y, TRUE);
  g_test_message ("scrolled to %g", gtk_adjustment_get_value (vadjustment));
  g_assert_cmpfloat (gtk_adjustment_get_value (vadjustment), >, 0);
}

/* Dragging the Later header onto the left half of Now's puts Later first,
 * in one undo step. */
static void
test_drag_column (Fixture       *f,
                  gconstpointer  data)
{
  GtkWidget *now = gtk_grid_get_child_at (f->board->grid, 0, 0);
  GtkWidget *later = gtk_grid_get_child_at (f->board->grid, 2, 0);
  g_autoptr(GPtrArray) columns = NULL;
  int x0, y0, x1, y1;

  if (!need_x11 (f))
    return;

  g_assert_true (gtk_widget_has_css_class (now, "column-header"));
  g_assert_true (gtk_widget_has_css_class (later, "column-header"));
  gui_test_window_point (GTK_WIDGET (f->window), later, 0.2, 0.5, &x0, &y0);
  gui_test_window_point (GTK_WIDGET (f->window), now, 0.15, 0.5, &x1, &y1);
  drag (f, x0, y0, x1, y1, FALSE);
  WAIT_FOR (nth_ranked (tandem_workspace_get_columns (f->workspace), 0) == f->columns[2]);
  columns = tandem_board_list_ranked (tandem_workspace_get_columns (f->workspace));
  g_assert_true (g_ptr_array_index (columns, 1) == f->columns[0]);
  g_assert_true (g_ptr_array_index (columns, 2) == f->columns[1]);
  WAIT_FOR (gtk_grid_get_child_at (f->board->grid, 0, 0) != now);
  gui_test_wait_for_frames (GTK_WIDGET (f->board), 2);
  screenshot ("board-column-dragged.png");

  undo (f);
  g_clear_pointer (&columns, g_ptr_array_unref);
  columns = tandem_board_list_ranked (tandem_workspace_get_columns (f->workspace));
  for (guint i = 0; i < 3; i++)
    g_assert_true (g_ptr_array_index (columns, i) == f->columns[i]);
}

static AdwMessageDialog *
find_message_dialog (void)
{
  GtkWidget *dialog = gui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);

  g_assert_nonnull (dialog);
  return ADW_MESSAGE_DIALOG (dialog);
}

/* Renaming a column, and removing one that holds cards: the dialog asks
 * where they go, and they go there, in one undo step. */
static void
test_rename_and_remove_column (Fixture       *f,
                               gconstpointer  data)
{
  AdwMessageDialog *dialog;
  GtkWidget *extra;
  g_autoptr(GPtrArray) moved = cell (f, f->columns[0], f->lanes[0]);
  g_autoptr(GPtrArray) later = cell (f, f->columns[2], f->lanes[0]);
  g_autofree char *heading = NULL;
  guint n_columns = g_list_model_get_n_items (G_LIST_MODEL (tandem_workspace_get_columns (f->workspace)));

  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (f->board), "board.rename-column",
                                                     g_variant_new_string (tandem_object_get_id (f->columns[1]))));
  dialog = find_message_dialog ();
  extra = adw_message_dialog_get_extra_child (dialog);
  g_assert_true (GTK_IS_ENTRY (extra));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (extra)), ==, "Next");
  gtk_editable_set_text (GTK_EDITABLE (extra), "  Soon  ");
  /* What the button does: the response, then the dialog closes. */
  adw_message_dialog_response (dialog, "ok");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpstr (tandem_object_get_string (f->columns[1], "title"), ==, "Soon");

  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (f->board), "board.remove-column",
                                                     g_variant_new_string (tandem_object_get_id (f->columns[0]))));
  dialog = find_message_dialog ();
  heading = g_strdup (adw_message_dialog_get_heading (dialog));
  g_assert_cmpstr (heading, ==, "Remove Column “Now”?");
  extra = adw_message_dialog_get_extra_child (dialog);
  g_assert_true (GTK_IS_DROP_DOWN (extra));
  /* The other columns, in board order: Soon, Later. */
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (GTK_DROP_DOWN (extra))), ==, 2);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (extra), 1);
  gui_test_save_screenshot (GTK_WIDGET (dialog), "board-remove-column.png");
  adw_message_dialog_response (dialog, "remove");
  gtk_window_destroy (GTK_WINDOW (dialog));

  g_assert_null (tandem_object_get_parent (f->columns[0]));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tandem_workspace_get_columns (f->workspace))), ==,
                    n_columns - 1);
  for (guint i = 0; i < moved->len; i++)
    g_assert_cmpstr (tandem_object_get_string (g_ptr_array_index (moved, i), "column"), ==,
                     tandem_object_get_id (f->columns[2]));
  {
    g_autoptr(GPtrArray) now_later = cell (f, f->columns[2], f->lanes[0]);

    g_assert_cmpuint (now_later->len, ==, later->len + moved->len);
  }

  undo (f);
  g_assert_nonnull (tandem_object_get_parent (f->columns[0]));
  for (guint i = 0; i < moved->len; i++)
    g_assert_cmpstr (tandem_object_get_string (g_ptr_array_index (moved, i), "column"), ==,
                     tandem_object_get_id (f->columns[0]));
  undo (f);
  g_assert_cmpstr (tandem_object_get_string (f->columns[1], "title"), ==, "Next");
}

/* The button of the lane header that collapses @lane. */
static GtkWidget *
lane_toggle (Fixture      *f,
             TandemObject *lane)
{
  GtkWidget *button;

  for (guint i = 0; (button = gui_test_find_child (GTK_WIDGET (f->board), GTK_TYPE_BUTTON, i)) != NULL; i++)
    {
      GVariant *target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (button));

      if (g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), "board.toggle-lane") == 0 &&
          target != NULL && g_str_equal (g_variant_get_string (target, NULL), tandem_object_get_id (lane)))
        return button;
    }
  g_assert_not_reached ();
}

static void
assert_column_titles (Fixture     *f,
                      const char **titles)
{
  g_autoptr(GPtrArray) columns = tandem_board_list_ranked (tandem_workspace_get_columns (f->workspace));

  g_assert_cmpuint (columns->len, ==, g_strv_length ((char **) titles));
  for (guint i = 0; i < columns->len; i++)
    {
      g_assert_cmpstr (tandem_object_get_string (g_ptr_array_index (columns, i), "title"), ==, titles[i]);
      /* And the board shows a cell for it in the first lane. */
      g_assert_nonnull (_tandem_board_get_cell_widget (f->board, g_ptr_array_index (columns, i), f->lanes[0]));
    }
}

/* The column presets, each one undo step, and lanes: add one through its
 * dialog, collapse one with its header's button, remove one that holds
 * cards (the dialog asks where they go). */
static void
test_presets_and_lanes (Fixture       *f,
                        gconstpointer  data)
{
  const char *now_next_later[] = { "Now", "Next", "Later", NULL };
  g_auto(GStrv) quarters = NULL;
  g_autoptr(GPtrArray) mobile = NULL;
  g_autoptr(GPtrArray) collaboration = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *extra;
  GtkWidget *toggle;
  GtkWidget *overlay;
  TandemObject *added;
  TandemObject *card;
  TandemObject *fourth;
  GDate today;
  int x, y;

  g_date_clear (&today, 1);
  g_date_set_time_t (&today, time (NULL));
  quarters = tandem_board_quarter_titles (&today, 4);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->board), "board.preset", "s", "quarters"));
  gui_test_wait_for_frames (GTK_WIDGET (f->board), 2);
  assert_column_titles (f, (const char **) quarters);
  g_assert_cmpstr (tandem_board_get_count_text (f->board), ==, "34 cards in 4 columns and 4 lanes");
  undo (f);
  gui_test_wait_for_frames (GTK_WIDGET (f->board), 2);
  assert_column_titles (f, now_next_later);
  g_assert_cmpstr (tandem_board_get_count_text (f->board), ==, "34 cards in 3 columns and 4 lanes");

  /* Back to three columns from four: the fourth's cards go to the third. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->board), "board.preset", "s", "quarters"));
  card = cell_item (f, f->columns[0], f->lanes[0], 0);
  fourth = nth_ranked (tandem_workspace_get_columns (f->workspace), 3);
  g_assert_true (tandem_board_move_cards (f->workspace, &card, 1, fourth, f->lanes[0], 0, NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->board), "board.preset", "s", "now-next-later"));
  gui_test_wait_for_frames (GTK_WIDGET (f->board), 2);
  assert_column_titles (f, now_next_later);
  g_assert_null (tandem_object_get_parent (fourth));
  g_assert_cmpstr (tandem_object_get_string (card, "column"), ==, tandem_object_get_id (f->columns[2]));
  g_assert_cmpstr (tandem_board_get_count_text (f->board), ==, "34 cards in 3 columns and 4 lanes");
  /* Each preset one step: the fourth column and its card come back. */
  undo (f);
  g_assert_cmpstr (tandem_object_get_string (card, "column"), ==, tandem_object_get_id (fourth));
  undo (f);
  undo (f);
  gui_test_wait_for_frames (GTK_WIDGET (f->board), 2);
  assert_column_titles (f, now_next_later);
  g_assert_cmpstr (tandem_object_get_string (card, "column"), ==, tandem_object_get_id (f->columns[0]));

  /* Add a lane. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->board), "board.add-lane", NULL));
  dialog = find_message_dialog ();
  extra = adw_message_dialog_get_extra_child (dialog);
  g_assert_true (GTK_IS_ENTRY (extra));
  gtk_editable_set_text (GTK_EDITABLE (extra), "Partners");
  adw_message_dialog_response (dialog, "ok");
  gtk_window_destroy (GTK_WINDOW (dialog));
  added = nth_ranked (tandem_workspace_get_lanes (f->workspace), 4);
  g_assert_cmpstr (tandem_object_get_string (added, "title"), ==, "Partners");
  gui_test_wait_for_frames (GTK_WIDGET (f->board), 2);
  g_assert_nonnull (_tandem_board_get_cell_widget (f->board, f->columns[0], added));
  g_assert_cmpstr (tandem_board_get_count_text (f->board), ==, "34 cards in 3 columns and 5 lanes");
  undo (f);
  g_assert_null (tandem_object_get_parent (added));

  /* Collapse the first lane with a click on its header's button. */
  overlay = _tandem_board_get_cell_widget (f->board, f->columns[0], f->lanes[0]);
  g_assert_true (gtk_widget_get_mapped (overlay));
  toggle = lane_toggle (f, f->lanes[0]);
  if (f->xid != 0 && g_find_program_in_path ("xdotool") != NULL)
    {
      gui_test_window_point (GTK_WIDGET (f->window), toggle, 0.5, 0.5, &x, &y);
      /* The pointer enters the window first: it was last over a dialog,
       * and GDK takes a press only on a surface it knows the pointer is in. */
      gui_test_run ("xdotool mousemove --window %lu %d %d", f->xid, x + 3, y + 3);
      gui_test_iterate (100);
      gui_test_run ("xdotool mousemove --window %lu %d %d click 1", f->xid, x, y);
    }
  else
    gtk_widget_activate (toggle);
  WAIT_FOR (!gtk_widget_get_mapped (_tandem_board_get_cell_widget (f->board, f->columns[0], f->lanes[0])));
  /* Collapsing is a view of the board, not an edit of the workspace. */
  g_assert_false (tandem_workspace_get_dirty (f->workspace));
  gtk_widget_activate (lane_toggle (f, f->lanes[0]));
  WAIT_FOR (gtk_widget_get_mapped (_tandem_board_get_cell_widget (f->board, f->columns[0], f->lanes[0])));

  /* Remove the first lane: its cards go to the lane chosen, in one step. */
  mobile = cell (f, f->columns[0], f->lanes[0]);
  collaboration = cell (f, f->columns[0], f->lanes[1]);
  g_assert_cmpuint (mobile->len, >, 0);
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (f->board), "board.remove-lane",
                                                     g_variant_new_string (tandem_object_get_id (f->lanes[0]))));
  dialog = find_message_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Remove Lane “Mobile”?");
  extra = adw_message_dialog_get_extra_child (dialog);
  g_assert_true (GTK_IS_DROP_DOWN (extra));
  /* The other three lanes, then "No lane". */
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (GTK_DROP_DOWN (extra))), ==, 4);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (extra), 0);
  adw_message_dialog_response (dialog, "remove");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_null (tandem_object_get_parent (f->lanes[0]));
  {
    g_autoptr(GPtrArray) now = cell (f, f->columns[0], f->lanes[1]);

    g_assert_cmpuint (now->len, ==, mobile->len + collaboration->len);
  }
  gui_test_wait_for_frames (GTK_WIDGET (f->board), 2);
  g_assert_cmpstr (tandem_board_get_count_text (f->board), ==, "34 cards in 3 columns and 3 lanes");
  undo (f);
  g_assert_nonnull (tandem_object_get_parent (f->lanes[0]));
  for (guint i = 0; i < mobile->len; i++)
    g_assert_cmpstr (tandem_object_get_string (g_ptr_array_index (mobile, i), "lane"), ==,
                     tandem_object_get_id (f->lanes[0]));
}

static void
test_drag_many (Fixture       *f,
                gconstpointer  data)
{
  TandemObject *a = cell_item (f, f->columns[0], f->lanes[0], 1);
  TandemObject *b = cell_item (f, f->columns[1], f->lanes[0], 0);
  TandemObject *top;
  int xa, ya, xb, yb, x1, y1;

  if (!need_x11 (f))
    return;

  top = cell_item (f, f->columns[2], f->lanes[0], 0);
  gui_test_window_point (GTK_WIDGET (f->window), card_widget (f, a), 0.5, 0.3, &xa, &ya);
  gui_test_window_point (GTK_WIDGET (f->window), card_widget (f, b), 0.5, 0.3, &xb, &yb);
  gui_test_run ("xdotool mousemove --window %lu %d %d click 1", f->xid, xa, ya);
  gui_test_run ("xdotool keydown ctrl mousemove --window %lu %d %d click 1 keyup ctrl", f->xid, xb, yb);
  WAIT_FOR (_tandem_board_is_selected (f->board, a) && _tandem_board_is_selected (f->board, b));
  g_assert_cmpuint (g_hash_table_size (f->board->selection), ==, 2);
  /* Past the double-click time, or the press would open the editor. */
  gui_test_iterate (800);

  /* Drag the second one to the top of Later: both go, in board order. */
  gui_test_window_point (GTK_WIDGET (f->window), card_widget (f, top), 0.5, 0.1, &x1, &y1);
  drag (f, xb, yb, x1, y1, FALSE);

  WAIT_FOR (g_strcmp0 (tandem_object_get_string (a, "column"), tandem_object_get_id (f->columns[2])) == 0);
  g_assert_cmpstr (tandem_object_get_string (b, "column"), ==, tandem_object_get_id (f->columns[2]));
  g_assert_cmpuint (cell_index (f, a), ==, 0);
  g_assert_cmpuint (cell_index (f, b), ==, 1);
  g_assert_true (cell_item (f, f->columns[2], f->lanes[0], 2) == top);
  g_assert_cmpstr (tandem_workspace_get_undo_label (f->workspace), ==, "Move cards");

  undo (f);
  g_assert_cmpstr (tandem_object_get_string (a, "column"), ==, tandem_object_get_id (f->columns[0]));
  g_assert_cmpstr (tandem_object_get_string (b, "column"), ==, tandem_object_get_id (f->columns[1]));
  g_assert_cmpuint (cell_index (f, a), ==, 1);
  g_assert_cmpuint (cell_index (f, b), ==, 0);
}

static TandemObject *
focused_card (Fixture *f)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (f->window));

  for (GtkWidget *w = focus; w != NULL; w = gtk_widget_get_parent (w))
    {
      GtkWidget *child = gtk_widget_get_first_child (w);

      if (TANDEM_IS_CARD_WIDGET (w))
        return tandem_card_widget_get_card (TANDEM_CARD_WIDGET (w));
      if (child != NULL && TANDEM_IS_CARD_WIDGET (child))
        return tandem_card_widget_get_card (TANDEM_CARD_WIDGET (child));
    }
  return NULL;
}

static void
test_keyboard (Fixture       *f,
               gconstpointer  data)
{
  TandemObject *card = cell_item (f, f->columns[0], f->lanes[1], 0);
  TandemObject *below = cell_item (f, f->columns[0], f->lanes[1], 1);
  TandemObject *right = cell_item (f, f->columns[1], f->lanes[1], 0);
  int x, y;

  if (!need_x11 (f))
    return;

  gui_test_window_point (GTK_WIDGET (f->window), card_widget (f, card), 0.5, 0.5, &x, &y);
  gui_test_run ("xdotool mousemove --window %lu %d %d click 1", f->xid, x, y);
  gui_test_run ("xdotool windowfocus --sync %lu", f->xid);
  WAIT_FOR (_tandem_board_focus_card (f->board, card) && focused_card (f) == card);

  /* Arrows move the focus, across cells too. */
  gui_test_run ("xdotool key Down");
  WAIT_FOR (focused_card (f) == below);
  gui_test_run ("xdotool key Up");
  WAIT_FOR (focused_card (f) == card);
  gui_test_run ("xdotool key Right");
  WAIT_FOR (focused_card (f) == right);
  gui_test_run ("xdotool key Left");
  WAIT_FOR (focused_card (f) == card);

  /* Alt+Right moves the card to the next column, as a drop would. */
  gui_test_run ("xdotool key alt+Right");
  WAIT_FOR (g_strcmp0 (tandem_object_get_string (card, "column"), tandem_object_get_id (f->columns[1])) == 0);
  g_assert_cmpstr (tandem_object_get_string (card, "lane"), ==, tandem_object_get_id (f->lanes[1]));
  g_assert_cmpuint (cell_index (f, card), ==, 0);
  g_assert_cmpstr (tandem_workspace_get_undo_label (f->workspace), ==, "Move card");
  WAIT_FOR (focused_card (f) == card);

  /* Alt+Down moves it one place down. */
  gui_test_run ("xdotool key alt+Down");
  WAIT_FOR (cell_index (f, card) == 1);
  undo (f);
  g_assert_cmpuint (cell_index (f, card), ==, 0);
  undo (f);
  g_assert_cmpstr (tandem_object_get_string (card, "column"), ==, tandem_object_get_id (f->columns[0]));
  g_assert_cmpuint (cell_index (f, card), ==, 0);

  /* Ctrl+M: Move to… any column, lane and position. */
  WAIT_FOR (_tandem_board_focus_card (f->board, card) && focused_card (f) == card);
  gui_test_run ("xdotool key ctrl+m");
  WAIT_FOR (gtk_widget_get_visible (GTK_WIDGET (f->board->move_popover)));
  gui_test_wait_for_frames (GTK_WIDGET (f->board), 1);
  screenshot ("board-move-to.png");
  gtk_drop_down_set_selected (f->board->move_column_dropdown, 2);
  gtk_drop_down_set_selected (f->board->move_lane_dropdown, 3);
  gtk_spin_button_set_value (f->board->move_position_spin, 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->board), "board.move-to-chosen", NULL));
  g_assert_cmpstr (tandem_object_get_string (card, "column"), ==, tandem_object_get_id (f->columns[2]));
  g_assert_cmpstr (tandem_object_get_string (card, "lane"), ==, tandem_object_get_id (f->lanes[3]));
  g_assert_cmpuint (cell_index (f, card), ==, 1);
  undo (f);
  g_assert_cmpstr (tandem_object_get_string (card, "column"), ==, tandem_object_get_id (f->columns[0]));
  g_assert_cmpstr (tandem_object_get_string (card, "lane"), ==, tandem_object_get_id (f->lanes[1]));
}

static gboolean
contains_folded (const char *text,
                 const char *needle)
{
  g_autofree char *folded = text != NULL ? g_utf8_casefold (text, -1) : NULL;

  return folded != NULL && strstr (folded, needle) != NULL;
}

static void
test_filter (Fixture       *f,
             gconstpointer  data)
{
  GListModel *cards = G_LIST_MODEL (tandem_workspace_get_cards (f->workspace));
  g_autofree char *expected = NULL;
  g_autofree char *expected_planned = NULL;
  guint n_text = 0;
  guint n_planned = 0;

  /* Counted from the model, independently of the board. */
  for (guint i = 0; i < g_list_model_get_n_items (cards); i++)
    {
      g_autoptr(TandemObject) card = g_list_model_get_item (cards, i);
      const char * const *tags = tandem_object_get_list (card, "tags");
      gboolean match = contains_folded (tandem_object_get_string (card, "title"), "mobile") ||
                       contains_folded (tandem_object_get_string (card, "description"), "mobile");

      for (guint j = 0; tags[j] != NULL; j++)
        match |= contains_folded (tags[j], "mobile");
      n_text += match;
      n_planned += match && tandem_object_get_int (card, "status") == TANDEM_CARD_STATUS_PLANNED;
    }
  g_assert_cmpuint (n_text, >, 0);
  g_assert_cmpuint (n_text, <, 34);
  g_assert_cmpuint (n_planned, <, n_text);

  gtk_editable_set_text (GTK_EDITABLE (_tandem_board_get_search_entry (f->board)), "MOBILE");
  expected = g_strdup_printf ("%u of 34 cards", n_text);
  WAIT_FOR (g_strcmp0 (tandem_board_get_count_text (f->board), expected) == 0);

  gtk_drop_down_set_selected (f->board->status_dropdown, 1 + TANDEM_CARD_STATUS_PLANNED);
  expected_planned = g_strdup_printf ("%u of 34 cards", n_planned);
  g_assert_cmpstr (tandem_board_get_count_text (f->board), ==, expected_planned);
  gui_test_wait_for_frames (GTK_WIDGET (f->board), 2);
  screenshot ("board-filtered.png");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->board), "board.clear-filters", NULL));
  g_assert_cmpstr (tandem_board_get_count_text (f->board), ==, "34 cards in 3 columns and 4 lanes");
}

static GtkWidget *
find_quick_add (GtkWidget    *widget,
                TandemObject *column)
{
  if (GTK_IS_ENTRY (widget) && g_object_get_data (G_OBJECT (widget), "column") == column)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_quick_add (child, column);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_quick_add_and_sort (Fixture       *f,
                         gconstpointer  data)
{
  GtkWidget *entry = find_quick_add (GTK_WIDGET (f->board), f->columns[1]);
  g_autoptr(GPtrArray) before = cell (f, f->columns[1], f->lanes[0]);
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GPtrArray) sorted = NULL;
  TandemObject *added;

  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), "Calendar sharing links");
  g_signal_emit_by_name (entry, "activate");
  after = cell (f, f->columns[1], f->lanes[0]);
  g_assert_cmpuint (after->len, ==, before->len + 1);
  added = g_ptr_array_index (after, after->len - 1);
  g_assert_cmpstr (tandem_object_get_string (added, "title"), ==, "Calendar sharing links");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  undo (f);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tandem_workspace_get_cards (f->workspace))), ==, 34);

  /* Sort by score: one step, highest first in every lane of the column. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->board), "board.sort-column", "s",
                                             tandem_object_get_id (f->columns[0])));
  g_assert_cmpstr (tandem_workspace_get_undo_label (f->workspace), ==, "Sort by score");
  for (guint l = 0; l < 4; l++)
    {
      g_autoptr(GPtrArray) lane_cards = cell (f, f->columns[0], f->lanes[l]);

      for (guint i = 1; i < lane_cards->len; i++)
        g_assert_cmpfloat (tandem_card_get_score (g_ptr_array_index (lane_cards, i - 1)), >=,
                           tandem_card_get_score (g_ptr_array_index (lane_cards, i)));
    }
  undo (f);
  sorted = cell (f, f->columns[1], f->lanes[0]);
  for (guint i = 0; i < before->len; i++)
    g_assert_true (g_ptr_array_index (sorted, i) == g_ptr_array_index (before, i));
}

static void
type_text (GtkEditable *editable,
           const char  *text)
{
  g_autoptr(GString) typed = g_string_new (gtk_editable_get_text (editable));

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      g_string_append_unichar (typed, g_utf8_get_char (p));
      gtk_editable_set_text (editable, typed->str);
    }
}

static void
test_editor (Fixture       *f,
             gconstpointer  data)
{
  TandemObject *card = cell_item (f, f->columns[0], f->lanes[0], 0);
  TandemCardEditor *editor = _tandem_board_get_editor (f->board);
  g_autofree char *old_title = g_strdup (tandem_object_get_string (card, "title"));
  g_autofree char *score = NULL;
  GtkEditable *title;
  GtkTextBuffer *marketing;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->board), "board.edit-card", "s",
                                             tandem_object_get_id (card)));
  g_assert_true (tandem_card_editor_get_card (editor) == card);
  gui_test_wait_for_frames (GTK_WIDGET (editor), 2);
  screenshot ("board-editor.png");
  g_assert_cmpuint (_tandem_card_editor_get_n_evidence (editor), ==,
                    tandem_board_count_evidence (f->workspace, card));
  score = g_strdup_printf ("%.0f", tandem_card_get_score (TANDEM_CARD (card)));
  g_assert_cmpstr (_tandem_card_editor_get_score_text (editor), ==, score);

  /* Typing: one undo step per word.  (The first edit of a session also adds
   * its author to the people, in the same step; get that done first.) */
  g_assert_true (tandem_workspace_set (f->workspace, f->workspace, "description", "Edited", NULL));
  title = _tandem_card_editor_get_editable (editor, "title");
  gtk_editable_set_text (title, "");
  type_text (title, "Offline sync");
  g_assert_cmpstr (tandem_object_get_string (card, "title"), ==, "Offline sync");
  undo (f);
  g_assert_cmpstr (tandem_object_get_string (card, "title"), ==, "Offline ");
  g_assert_cmpstr (gtk_editable_get_text (title), ==, "Offline ");
  undo (f);
  g_assert_cmpstr (tandem_object_get_string (card, "title"), ==, old_title);
  g_assert_cmpstr (gtk_editable_get_text (title), ==, old_title);

  /* Long text, and the RICE inputs with the computed score. */
  marketing = _tandem_card_editor_get_buffer (editor, "marketing-angle");
  gtk_text_buffer_set_text (marketing, "Lead the launch email", -1);
  g_assert_cmpstr (tandem_object_get_string (card, "marketing-angle"), ==, "Lead the launch email");
  undo (f);
  g_assert_true (tandem_workspace_set (f->workspace, card, "reach", 1000, "impact", 2.0,
                                       "confidence", 50, "effort", 4.0, NULL));
  g_assert_cmpstr (_tandem_card_editor_get_score_text (editor), ==, "250");
  undo (f);

  /* Who edited it last, and when. */
  tandem_workspace_set_author (f->workspace, "Maria Lopez", TANDEM_TEAM_MARKETING);
  g_assert_true (tandem_workspace_set (f->workspace, card, "status", TANDEM_CARD_STATUS_SHIPPED, NULL));
  g_assert_cmpstr (_tandem_card_editor_get_last_edit_text (editor), ==,
                   "Last edited by Maria Lopez (Marketing), just now");

  /* Plan a launch from the card: linked to it, titled after it, shown on
   * the calendar; one undo step takes it back. */
  {
    guint n_launches = g_list_model_get_n_items (G_LIST_MODEL (tandem_workspace_get_launches (f->workspace)));
    g_autoptr(TandemObject) launch = NULL;

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.plan-launch", NULL));
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tandem_workspace_get_launches (f->workspace))),
                      ==, n_launches + 1);
    launch = g_list_model_get_item (G_LIST_MODEL (tandem_workspace_get_launches (f->workspace)), n_launches);
    g_assert_cmpstr (tandem_object_get_list (launch, "cards")[0], ==, tandem_object_get_id (card));
    g_assert_nonnull (strstr (tandem_object_get_string (launch, "title"),
                              tandem_object_get_string (card, "title")));
    g_assert_cmpstr (adw_view_stack_get_visible_child_name (f->window->view_stack), ==, "launches");
    undo (f);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tandem_workspace_get_launches (f->workspace))),
                      ==, n_launches);
    adw_view_stack_set_visible_child_name (f->window->view_stack, "roadmap");
  }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->board), "board.close-editor", NULL));
}

/* A card's evidence in the editor: its quotes, which can go into the
 * marketing angle and lead to their interview. */
static void
test_evidence (Fixture       *f,
               gconstpointer  data)
{
  TandemCardEditor *editor = _tandem_board_get_editor (f->board);
  GListModel *cards = G_LIST_MODEL (tandem_workspace_get_cards (f->workspace));
  g_autoptr(GPtrArray) evidence = NULL;
  TandemObject *card = NULL;
  TandemObject *highlight;
  GtkWidget *copy, *open;
  g_autofree char *expected = NULL;

  for (guint i = 0; card == NULL && i < g_list_model_get_n_items (cards); i++)
    {
      g_autoptr(TandemObject) candidate = g_list_model_get_item (cards, i);

      g_clear_pointer (&evidence, g_ptr_array_unref);
      evidence = tandem_notes_ops_list_evidence (f->workspace, tandem_object_get_id (candidate));
      if (evidence->len > 0 && tandem_object_get_string (candidate, "marketing-angle") != NULL)
        card = candidate;
    }
  g_assert_nonnull (card);
  highlight = g_ptr_array_index (evidence, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->board), "board.edit-card", "s",
                                             tandem_object_get_id (card)));
  g_assert_cmpuint (_tandem_card_editor_get_n_evidence (editor), ==, evidence->len);

  copy = gui_test_find_by_tooltip (GTK_WIDGET (editor), "Copy to Marketing Angle", 0);
  g_assert_nonnull (copy);
  expected = g_strdup_printf ("%s\n“%s”", tandem_object_get_string (card, "marketing-angle"),
                              tandem_object_get_string (highlight, "quote"));
  g_signal_emit_by_name (copy, "clicked");
  g_assert_cmpstr (tandem_object_get_string (card, "marketing-angle"), ==, expected);
  undo (f);
  g_assert_cmpstr (tandem_object_get_string (card, "marketing-angle"), !=, expected);

  open = gui_test_find_by_tooltip (GTK_WIDGET (editor), "Open Interview", 0);
  g_assert_nonnull (open);
  g_signal_emit_by_name (open, "clicked");
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (f->window->view_stack), ==, "interviews");
  g_assert_true (tandem_interviews_get_selected (f->window->interviews) == tandem_object_get_parent (highlight));
  adw_view_stack_set_visible_child_name (f->window->view_stack, "roadmap");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  if (!gui_test_init (&argc, &argv, "board", &tmpdir))
    return 0;

  application = adw_application_new ("io.github.tandemplanner.Tandem.BoardTest",
                                     G_APPLICATION_NON_UNIQUE);
  /* The app's style sheet, as the real application loads it. */
  g_application_set_resource_base_path (G_APPLICATION (application), RESOURCE_BASE);
  gui_test_register (G_APPLICATION (application));

#define ADD(path, func) g_test_add ("/gui/board/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("populate", test_populate);
  ADD ("recycles", test_recycles);
  ADD ("move-keeps-widget", test_move_keeps_widget);
  ADD ("drag/to-column", test_drag_to_column);
  ADD ("drag/to-empty-lane", test_drag_to_empty_lane);
  ADD ("drag/outside", test_drag_outside);
  ADD ("drag/escape", test_drag_escape);
  ADD ("drag/many", test_drag_many);
  ADD ("drag/autoscroll", test_drag_autoscroll);
  ADD ("drag/column", test_drag_column);
  ADD ("rename-and-remove-column", test_rename_and_remove_column);
  ADD ("presets-and-lanes", test_presets_and_lanes);
  ADD ("keyboard", test_keyboard);
  ADD ("filter", test_filter);
  ADD ("quick-add-and-sort", test_quick_add_and_sort);
  ADD ("editor", test_editor);
  ADD ("evidence", test_evidence);
#undef ADD

  status = g_test_run ();

  g_clear_object (&application);
  g_free (tmpdir);
  return status;
}
