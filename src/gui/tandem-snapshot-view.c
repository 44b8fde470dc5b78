/* tandem-snapshot-view.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-snapshot-view"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-print-actions.h"
#include "tandem-layout.h"
#include "tandem-snapshot-view.h"

/* A snapshot, or a comparison, on a read-only board: a bar that says what is
 * shown with Print Preview and Back to the Board, the board over a copy of
 * the snapshot's roadmap (tandem_roadmap_to_workspace()), and for a
 * comparison the list of changes beside it, each of which reveals its card.
 * The live workspace is only read. */

struct _TandemSnapshotView
{
  GtkWidget        parent_instance;

  GtkLabel        *title_label;
  TandemBoard     *board;
  GtkWidget       *changes_pane;
  GtkLabel        *changes_heading;
  GtkListBox      *changes_list;

  /* What is shown, followed through the live workspace's changes */
  TandemWorkspace *workspace;
  TandemSnapshot  *snapshot;
  TandemSnapshot  *other;          /* the newer snapshot of a comparison, or NULL */
  gboolean         comparing;
  guint            refresh_source;

  TandemRoadmap   *roadmap;        /* what the board shows, marked for a comparison */
  TandemRoadmap   *before;         /* the older side of a comparison, or NULL */
  GPtrArray       *changes;        /* of TandemChange, or NULL */
};

G_DEFINE_FINAL_TYPE (TandemSnapshotView, tandem_snapshot_view, GTK_TYPE_WIDGET)

enum {
  CLOSED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static GtkWidget *
change_row (TandemChange *change)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *style = g_strconcat ("change-", tandem_change_get_kind (change->flags), NULL);
  g_autofree char *description = tandem_change_dup_description (change);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), change->title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), description);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_widget_add_css_class (row, "change-row");
  gtk_widget_add_css_class (row, style);
  g_object_set_data_full (G_OBJECT (row), "card", g_strdup (change->card), g_free);
  return row;
}

static void
change_activated_cb (TandemSnapshotView *self,
                     GtkListBoxRow      *row)
{
  const char *card = g_object_get_data (G_OBJECT (row), "card");

  if (card != NULL)
    tandem_board_reveal_card (self->board, card);
}

/* Shows @roadmap (with @before and @changes for a comparison) on the board. */
static void
show (TandemSnapshotView *self,
      TandemRoadmap      *roadmap,
      TandemRoadmap      *before,
      GPtrArray          *changes,
      const char         *title)
{
  g_autoptr(TandemWorkspace) copy = tandem_roadmap_to_workspace (roadmap, self->workspace);
  GtkWidget *child;

  g_clear_pointer (&self->roadmap, tandem_roadmap_unref);
  g_clear_pointer (&self->before, tandem_roadmap_unref);
  g_clear_pointer (&self->changes, g_ptr_array_unref);
  self->roadmap = tandem_roadmap_ref (roadmap);
  self->before = before != NULL ? tandem_roadmap_ref (before) : NULL;
  self->changes = changes != NULL ? g_ptr_array_ref (changes) : NULL;

  gtk_label_set_label (self->title_label, title);
  tandem_board_set_workspace (self->board, NULL);
  tandem_board_set_changes (self->board, changes);
  tandem_board_set_workspace (self->board, copy);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->changes_list))) != NULL)
    gtk_list_box_remove (self->changes_list, child);
  gtk_widget_set_visible (self->changes_pane, changes != NULL);
  if (changes != NULL)
    {
      g_autofree char *heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u Change", "%u Changes",
                                                               changes->len), changes->len);

      gtk_label_set_label (self->changes_heading, heading);
      for (guint i = 0; i < changes->len; i++)
        gtk_list_box_append (self->changes_list, change_row (g_ptr_array_index (changes, i)));
    }
}

static void
show_snapshot (TandemSnapshotView *self)
{
  g_autoptr(TandemRoadmap) roadmap = tandem_roadmap_new_from_snapshot (self->workspace, self->snapshot);
  g_autofree char *date = tandem_layout_format_date (roadmap->date);
  g_autofree char *title = NULL;

  /* TRANSLATORS: the bar above a snapshot shown on the board: its name and date */
  title = g_strdup_printf (_("Snapshot “%s”, %s — read only"), roadmap->name, date);
  show (self, roadmap, NULL, NULL, title);
}

static void
show_comparison (TandemSnapshotView *self)
{
  g_autoptr(TandemRoadmap) before = NULL;
  g_autoptr(TandemRoadmap) after = NULL;
  g_autoptr(TandemRoadmap) marked = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *date = NULL;
  g_autofree char *title = NULL;

  before = tandem_roadmap_new_from_snapshot (self->workspace, self->snapshot);
  after = self->other != NULL ? tandem_roadmap_new_from_snapshot (self->workspace, self->other)
                              : tandem_roadmap_new_current (self->workspace);
  changes = tandem_roadmap_compare (before, after);
  marked = tandem_roadmap_new_marked (before, after, changes);
  date = tandem_layout_format_date (before->date);
  if (self->other != NULL)
    /* TRANSLATORS: the bar above a comparison of two snapshots on the board */
    title = g_strdup_printf (_("Changes from “%s” to “%s” — read only"), before->name, after->name);
  else
    /* TRANSLATORS: the bar above a comparison with today's board: a snapshot's name and date */
    title = g_strdup_printf (_("Changes since “%s”, %s — read only"), before->name, date);
  show (self, marked, before, changes, title);
}

static gboolean
in_workspace (TandemSnapshotView *self,
              TandemSnapshot     *snapshot)
{
  return snapshot == NULL ||
         tandem_workspace_lookup (self->workspace, tandem_object_get_id (TANDEM_OBJECT (snapshot))) ==
         TANDEM_OBJECT (snapshot);
}

/* The live workspace changed (an undo, another person's save merged in):
 * shows the snapshot again, or goes back when it is gone. */
static gboolean
refresh_cb (gpointer user_data)
{
  TandemSnapshotView *self = user_data;

  self->refresh_source = 0;
  if (!in_workspace (self, self->snapshot) || !in_workspace (self, self->other))
    g_signal_emit (self, signals [CLOSED], 0);
  else if (self->comparing)
    show_comparison (self);
  else
    show_snapshot (self);
  return G_SOURCE_REMOVE;
}

/* Whether a change can show on the snapshot's board: its cards, columns
 * and lanes, the snapshots, today's owners and evidence.  Not typing in an
 * interview's notes, which moves its highlights but links none. */
static gboolean
shown_on_board (TandemObject *object,
                const char   *field)
{
  if (TANDEM_IS_CARD (object) || TANDEM_IS_COLUMN (object) || TANDEM_IS_LANE (object) ||
      TANDEM_IS_SNAPSHOT (object) || TANDEM_IS_SNAPSHOT_ENTRY (object) || TANDEM_IS_PERSON (object))
    return TRUE;
  if (TANDEM_IS_HIGHLIGHT (object))
    return field == NULL || g_str_equal (field, "card");
  return TANDEM_IS_INTERVIEW (object) && field == NULL;
}

static void
workspace_changed_cb (TandemSnapshotView *self,
                      TandemObject       *object,
                      const char         *field)
{
  if (self->refresh_source == 0 && shown_on_board (object, field))
    self->refresh_source = g_idle_add (refresh_cb, self);
}

static void
watch (TandemSnapshotView *self,
       TandemWorkspace    *workspace,
       TandemSnapshot     *snapshot,
       TandemSnapshot     *other,
       gboolean            comparing)
{
  tandem_snapshot_view_clear (self);
  self->workspace = g_object_ref (workspace);
  self->snapshot = g_object_ref (snapshot);
  self->other = other != NULL ? g_object_ref (other) : NULL;
  self->comparing = comparing;
  g_signal_connect_object (workspace, "changed", G_CALLBACK (workspace_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

/**
 * tandem_snapshot_view_show_snapshot:
 * @workspace: the live workspace that holds @snapshot; only read
 *
 * Shows the board as @snapshot froze it.
 */
void
tandem_snapshot_view_show_snapshot (TandemSnapshotView *self,
                                    TandemWorkspace    *workspace,
                                    TandemSnapshot     *snapshot)
{
  g_return_if_fail (TANDEM_IS_SNAPSHOT_VIEW (self));
  g_return_if_fail (TANDEM_IS_WORKSPACE (workspace));
  g_return_if_fail (TANDEM_IS_SNAPSHOT (snapshot));

  watch (self, workspace, snapshot, NULL, FALSE);
  show_snapshot (self);
}

/**
 * tandem_snapshot_view_show_comparison:
 * @workspace: the live workspace that holds the snapshots; only read
 * @other: (nullable): another snapshot, or %NULL for today's board
 *
 * Shows what changed from the older of the two to the newer: the newer
 * board with its changed cards marked, the removed cards faded in their old
 * place, and the list of changes.  A comparison with today's board follows
 * the edits made meanwhile.
 */
void
tandem_snapshot_view_show_comparison (TandemSnapshotView *self,
                                      TandemWorkspace    *workspace,
                                      TandemSnapshot     *snapshot,
                                      TandemSnapshot     *other)
{
  g_return_if_fail (TANDEM_IS_SNAPSHOT_VIEW (self));
  g_return_if_fail (TANDEM_IS_WORKSPACE (workspace));
  g_return_if_fail (TANDEM_IS_SNAPSHOT (snapshot));
  g_return_if_fail (other == NULL || TANDEM_IS_SNAPSHOT (other));

  if (other != NULL && g_strcmp0 (tandem_object_get_created (TANDEM_OBJECT (other)),
                                  tandem_object_get_created (TANDEM_OBJECT (snapshot))) < 0)
    {
      TandemSnapshot *older = other;

      other = snapshot;
      snapshot = older;
    }
  watch (self, workspace, snapshot, other, TRUE);
  show_comparison (self);
}

/**
 * tandem_snapshot_view_clear:
 *
 * Lets go of the snapshot shown and its copy of the board.
 */
void
tandem_snapshot_view_clear (TandemSnapshotView *self)
{
  g_return_if_fail (TANDEM_IS_SNAPSHOT_VIEW (self));

  tandem_board_set_workspace (self->board, NULL);
  tandem_board_set_changes (self->board, NULL);
  g_clear_pointer (&self->roadmap, tandem_roadmap_unref);
  g_clear_pointer (&self->before, tandem_roadmap_unref);
  g_clear_pointer (&self->changes, g_ptr_array_unref);
  g_clear_handle_id (&self->refresh_source, g_source_remove);
  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_data (self->workspace, self);
  g_clear_object (&self->workspace);
  g_clear_object (&self->snapshot);
  g_clear_object (&self->other);
}

/**
 * tandem_snapshot_view_preview:
 *
 * Returns: (transfer none) (nullable): the print preview of what is shown,
 *   or %NULL when nothing is.
 */
GtkWindow *
tandem_snapshot_view_preview (TandemSnapshotView *self)
{
  GtkRoot *root;

  g_return_val_if_fail (TANDEM_IS_SNAPSHOT_VIEW (self), NULL);

  if (self->roadmap == NULL)
    return NULL;
  root = gtk_widget_get_root (GTK_WIDGET (self));
  return tandem_preview_roadmap (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                 self->roadmap, self->before, self->changes);
}

/**
 * tandem_snapshot_view_get_shown:
 * @roadmap: (out) (transfer none): the roadmap shown, marked for a comparison
 * @before: (out) (transfer none) (nullable): a comparison's older side
 * @changes: (out) (transfer none) (nullable): a comparison's changes
 *
 * What the view shows, for printing and exporting it as it is.
 *
 * Returns: %FALSE when it shows nothing.
 */
gboolean
tandem_snapshot_view_get_shown (TandemSnapshotView *self,
                                TandemRoadmap     **roadmap,
                                TandemRoadmap     **before,
                                GPtrArray         **changes)
{
  g_return_val_if_fail (TANDEM_IS_SNAPSHOT_VIEW (self), FALSE);

  *roadmap = self->roadmap;
  *before = self->before;
  *changes = self->changes;
  return self->roadmap != NULL;
}

static void
preview_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  tandem_snapshot_view_preview (TANDEM_SNAPSHOT_VIEW (widget));
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  g_signal_emit (widget, signals [CLOSED], 0);
}

TandemBoard *
tandem_snapshot_view_get_board (TandemSnapshotView *self)
{
  g_return_val_if_fail (TANDEM_IS_SNAPSHOT_VIEW (self), NULL);

  return self->board;
}

/**
 * tandem_snapshot_view_get_title:
 *
 * Returns: what the bar says is shown.
 */
const char *
tandem_snapshot_view_get_title (TandemSnapshotView *self)
{
  g_return_val_if_fail (TANDEM_IS_SNAPSHOT_VIEW (self), NULL);

  return gtk_label_get_label (self->title_label);
}

/**
 * tandem_snapshot_view_get_changes_list:
 *
 * Returns: (transfer none): the list of a comparison's changes, one row each.
 */
GtkListBox *
tandem_snapshot_view_get_changes_list (TandemSnapshotView *self)
{
  g_return_val_if_fail (TANDEM_IS_SNAPSHOT_VIEW (self), NULL);

  return self->changes_list;
}

static void
tandem_snapshot_view_dispose (GObject *object)
{
  TandemSnapshotView *self = TANDEM_SNAPSHOT_VIEW (object);
  GtkWidget *child;

  if (self->board != NULL)
    tandem_snapshot_view_clear (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), TANDEM_TYPE_SNAPSHOT_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (tandem_snapshot_view_parent_class)->dispose (object);
}

static void
tandem_snapshot_view_class_init (TandemSnapshotViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tandem_snapshot_view_dispose;

  /**
   * TandemSnapshotView::closed:
   *
   * Back to the Board was chosen.
   */
  signals [CLOSED] = g_signal_new ("closed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (TANDEM_TYPE_BOARD);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/tandem-snapshot-view.ui");
  gtk_widget_class_bind_template_child (widget_class, TandemSnapshotView, title_label);
  gtk_widget_class_bind_template_child (widget_class, TandemSnapshotView, board);
  gtk_widget_class_bind_template_child (widget_class, TandemSnapshotView, changes_pane);
  gtk_widget_class_bind_template_child (widget_class, TandemSnapshotView, changes_heading);
  gtk_widget_class_bind_template_child (widget_class, TandemSnapshotView, changes_list);
  gtk_widget_class_bind_template_callback (widget_class, change_activated_cb);

  gtk_widget_class_install_action (widget_class, "snapshot-view.preview", NULL, preview_action);
  gtk_widget_class_install_action (widget_class, "snapshot-view.close", NULL, close_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "snapshot-view.close", NULL);
}

static void
tandem_snapshot_view_init (TandemSnapshotView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  tandem_board_set_read_only (self->board, TRUE);
}

GtkWidget *
tandem_snapshot_view_new (void)
{
  return g_object_new (TANDEM_TYPE_SNAPSHOT_VIEW, NULL);
}
