/* tandem-snapshots-dialog.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-snapshots-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-print-actions.h"
#include "tandem-snapshots-dialog.h"

/* The workspace's snapshots, by name, date and author, each with View and
 * Compare (with today's board or another snapshot), shown read-only on the
 * window's board, and Print Preview, Print and Export. */

struct _TandemSnapshotsDialog
{
  AdwWindow        parent_instance;

  GtkStack        *stack;
  GtkListBox      *list;

  TandemWorkspace *workspace;
};

G_DEFINE_FINAL_TYPE (TandemSnapshotsDialog, tandem_snapshots_dialog, ADW_TYPE_WINDOW)

static TandemSnapshot *
find (TandemSnapshotsDialog *self,
      const char            *id)
{
  TandemObject *object = id != NULL && id[0] != '\0' ? tandem_workspace_lookup (self->workspace, id) : NULL;

  return object != NULL && TANDEM_IS_SNAPSHOT (object) ? TANDEM_SNAPSHOT (object) : NULL;
}

/**
 * tandem_snapshots_dialog_preview:
 *
 * Returns: (transfer none): the print preview of @snapshot.
 */
GtkWindow *
tandem_snapshots_dialog_preview (TandemSnapshotsDialog *self,
                                 TandemSnapshot        *snapshot)
{
  g_autoptr(TandemRoadmap) roadmap = NULL;

  g_return_val_if_fail (TANDEM_IS_SNAPSHOTS_DIALOG (self), NULL);
  g_return_val_if_fail (TANDEM_IS_SNAPSHOT (snapshot), NULL);

  roadmap = tandem_roadmap_new_from_snapshot (self->workspace, snapshot);
  return tandem_preview_roadmap (GTK_WINDOW (self), roadmap, NULL, NULL);
}

/* Asks the window the dialog belongs to to show a snapshot on its board,
 * and gets out of the way. */
static gboolean
show_on_board (TandemSnapshotsDialog *self,
               const char            *action_name,
               GVariant              *parameter)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  g_autoptr(GVariant) sunk = g_variant_ref_sink (parameter);

  if (parent == NULL || !gtk_widget_activate_action_variant (GTK_WIDGET (parent), action_name, sunk))
    return FALSE;
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

/**
 * tandem_snapshots_dialog_view:
 *
 * Shows @snapshot read-only on the board of the window the dialog is
 * transient for (win.view-snapshot), and closes the dialog.
 *
 * Returns: whether there was such a window.
 */
gboolean
tandem_snapshots_dialog_view (TandemSnapshotsDialog *self,
                              TandemSnapshot        *snapshot)
{
  g_return_val_if_fail (TANDEM_IS_SNAPSHOTS_DIALOG (self), FALSE);
  g_return_val_if_fail (TANDEM_IS_SNAPSHOT (snapshot), FALSE);

  return show_on_board (self, "win.view-snapshot",
                        g_variant_new_string (tandem_object_get_id (TANDEM_OBJECT (snapshot))));
}

/**
 * tandem_snapshots_dialog_compare:
 * @other: (nullable): another snapshot, or %NULL for today's board
 *
 * Shows on the board what changed from the older of the two to the newer
 * (win.compare-snapshots), and closes the dialog.
 *
 * Returns: whether there was a window to show it.
 */
gboolean
tandem_snapshots_dialog_compare (TandemSnapshotsDialog *self,
                                 TandemSnapshot        *snapshot,
                                 TandemSnapshot        *other)
{
  g_return_val_if_fail (TANDEM_IS_SNAPSHOTS_DIALOG (self), FALSE);
  g_return_val_if_fail (TANDEM_IS_SNAPSHOT (snapshot), FALSE);

  return show_on_board (self, "win.compare-snapshots",
                        g_variant_new ("(ss)", tandem_object_get_id (TANDEM_OBJECT (snapshot)),
                                       other != NULL ? tandem_object_get_id (TANDEM_OBJECT (other)) : ""));
}

static void
view_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TandemSnapshotsDialog *self = TANDEM_SNAPSHOTS_DIALOG (widget);
  TandemSnapshot *snapshot = find (self, g_variant_get_string (parameter, NULL));

  if (snapshot != NULL)
    tandem_snapshots_dialog_view (self, snapshot);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  TandemSnapshotsDialog *self = TANDEM_SNAPSHOTS_DIALOG (widget);
  TandemSnapshot *snapshot = find (self, g_variant_get_string (parameter, NULL));
  g_autoptr(TandemRoadmap) roadmap = NULL;

  if (snapshot == NULL)
    return;
  if (g_str_equal (action_name, "snapshots.preview"))
    {
      tandem_snapshots_dialog_preview (self, snapshot);
      return;
    }
  roadmap = tandem_roadmap_new_from_snapshot (self->workspace, snapshot);
  if (g_str_equal (action_name, "snapshots.print"))
    tandem_print_roadmap (GTK_WINDOW (self), roadmap, NULL, NULL);
  else
    tandem_export_roadmap (GTK_WINDOW (self), roadmap, NULL, NULL);
}

static void
compare_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  TandemSnapshotsDialog *self = TANDEM_SNAPSHOTS_DIALOG (widget);
  const char *id, *other;
  TandemSnapshot *snapshot;

  g_variant_get (parameter, "(&s&s)", &id, &other);
  if ((snapshot = find (self, id)) != NULL)
    tandem_snapshots_dialog_compare (self, snapshot, find (self, other));
}

static void
take_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TandemSnapshotsDialog *self = TANDEM_SNAPSHOTS_DIALOG (widget);

  tandem_take_snapshot (GTK_WINDOW (self), self->workspace);
}

static GtkWidget *
suffix_button (const char *label,
               const char *action,
               const char *id)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", id);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  return button;
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  TandemSnapshotsDialog *self = user_data;
  TandemObject *snapshot = item;
  const char *id = tandem_object_get_id (snapshot);
  const char *author_id = tandem_object_get_created_by (snapshot);
  TandemObject *author = author_id != NULL ? tandem_workspace_lookup (self->workspace, author_id) : NULL;
  g_autofree char *date = tandem_layout_format_date (tandem_object_get_created (snapshot));
  g_autofree char *subtitle = NULL;
  g_autoptr(GMenu) menu = g_menu_new ();
  GListModel *snapshots = G_LIST_MODEL (tandem_workspace_get_snapshots (self->workspace));
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *compare = gtk_menu_button_new ();
  GtkWidget *more = gtk_menu_button_new ();
  g_autoptr(GMenu) more_menu = g_menu_new ();
  g_autofree char *preview_detailed = g_strdup_printf ("snapshots.preview('%s')", id);
  g_autofree char *print_detailed = g_strdup_printf ("snapshots.print('%s')", id);
  g_autofree char *export_detailed = g_strdup_printf ("snapshots.export('%s')", id);
  guint n = tandem_snapshots_count_entries (TANDEM_SNAPSHOT (snapshot));
  g_autofree char *cards = g_strdup_printf (ngettext ("%u card", "%u cards", n), n);

  if (author != NULL)
    subtitle = g_strdup_printf ("%s · %s · %s", date, tandem_object_get_string (author, "name"), cards);
  else
    subtitle = g_strdup_printf ("%s · %s", date, cards);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), tandem_object_get_string (snapshot, "name"));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  /* Compare with today's board, or with any other snapshot. */
  {
    g_autoptr(GMenuItem) now = g_menu_item_new (_("With the Current Board"), NULL);

    g_menu_item_set_action_and_target (now, "snapshots.compare", "(ss)", id, "");
    g_menu_append_item (menu, now);
  }
  for (guint i = 0; i < g_list_model_get_n_items (snapshots); i++)
    {
      g_autoptr(TandemObject) other = g_list_model_get_item (snapshots, i);
      g_autoptr(GMenuItem) entry = NULL;
      g_autofree char *label = NULL;

      if (other == snapshot)
        continue;
      /* TRANSLATORS: compare one snapshot with another, named */
      label = g_strdup_printf (_("With “%s”"), tandem_object_get_string (other, "name"));
      entry = g_menu_item_new (label, NULL);
      g_menu_item_set_action_and_target (entry, "snapshots.compare", "(ss)", id,
                                         tandem_object_get_id (other));
      g_menu_append_item (menu, entry);
    }
  gtk_menu_button_set_label (GTK_MENU_BUTTON (compare), _("Compare"));
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (compare), G_MENU_MODEL (menu));
  gtk_widget_set_valign (compare, GTK_ALIGN_CENTER);

  g_menu_append (more_menu, _("Print Pre_view…"), preview_detailed);
  g_menu_append (more_menu, _("_Print…"), print_detailed);
  g_menu_append (more_menu, _("_Export…"), export_detailed);
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (more), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (more), G_MENU_MODEL (more_menu));
  gtk_widget_set_valign (more, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (more, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (more), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Print or Export"), -1);

  adw_action_row_add_suffix (ADW_ACTION_ROW (row), suffix_button (_("_View"), "snapshots.view", id));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), compare);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), more);
  return row;
}

static void
update_stack (TandemSnapshotsDialog *self)
{
  GListModel *snapshots = G_LIST_MODEL (tandem_workspace_get_snapshots (self->workspace));

  gtk_stack_set_visible_child_name (self->stack,
                                    g_list_model_get_n_items (snapshots) > 0 ? "list" : "empty");
}

static void
tandem_snapshots_dialog_dispose (GObject *object)
{
  TandemSnapshotsDialog *self = TANDEM_SNAPSHOTS_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TANDEM_TYPE_SNAPSHOTS_DIALOG);
  g_clear_object (&self->workspace);

  G_OBJECT_CLASS (tandem_snapshots_dialog_parent_class)->dispose (object);
}

static void
tandem_snapshots_dialog_class_init (TandemSnapshotsDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tandem_snapshots_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/tandem-snapshots-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TandemSnapshotsDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, TandemSnapshotsDialog, list);

  gtk_widget_class_install_action (widget_class, "snapshots.view", "s", view_action);
  gtk_widget_class_install_action (widget_class, "snapshots.preview", "s", print_action);
  gtk_widget_class_install_action (widget_class, "snapshots.print", "s", print_action);
  gtk_widget_class_install_action (widget_class, "snapshots.export", "s", print_action);
  gtk_widget_class_install_action (widget_class, "snapshots.compare", "(ss)", compare_action);
  gtk_widget_class_install_action (widget_class, "snapshots.take", NULL, take_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
tandem_snapshots_dialog_init (TandemSnapshotsDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

TandemSnapshotsDialog *
tandem_snapshots_dialog_new (TandemWorkspace *workspace)
{
  TandemSnapshotsDialog *self;
  GListModel *snapshots;

  g_return_val_if_fail (TANDEM_IS_WORKSPACE (workspace), NULL);

  self = g_object_new (TANDEM_TYPE_SNAPSHOTS_DIALOG, NULL);
  self->workspace = g_object_ref (workspace);
  snapshots = G_LIST_MODEL (tandem_workspace_get_snapshots (workspace));
  gtk_list_box_bind_model (self->list, snapshots, create_row, self, NULL);
  g_signal_connect_object (snapshots, "items-changed", G_CALLBACK (update_stack), self,
                           G_CONNECT_SWAPPED);
  update_stack (self);
  return self;
}
