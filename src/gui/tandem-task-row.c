/* tandem-task-row.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-task-row"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tandem-task-row.h"

/* One row of a checklist — a launch's tasks or a tier template's — in a list
 * view: done (for a launch), days from the launch, title, owner team and a
 * remove button.  Every edit goes through the workspace; typing coalesces
 * into one undo step. */

static TandemObject *
row_task (GtkWidget *widget)
{
  GtkWidget *row = widget;

  while (row != NULL && g_object_get_data (G_OBJECT (row), "task-row") == NULL)
    row = gtk_widget_get_parent (row);
  if (row == NULL || g_object_get_data (G_OBJECT (row), "binding") != NULL)
    return NULL;
  return g_object_get_data (G_OBJECT (row), "task");
}

static void
set_field (GtkWidget      *widget,
           const char     *field,
           const GValue   *value,
           TandemEditFlags flags)
{
  TandemObject *task = row_task (widget);
  TandemWorkspace *workspace = g_object_get_data (G_OBJECT (widget), "workspace");
  g_autoptr(GError) error = NULL;

  if (task != NULL &&
      !tandem_workspace_set_value_full (workspace, task, field, value, flags, &error))
    g_warning ("%s", error->message);
}

static void
done_cb (GtkCheckButton *check)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_BOOLEAN);
  g_value_set_boolean (&value, gtk_check_button_get_active (check));
  set_field (GTK_WIDGET (check), "done", &value, TANDEM_EDIT_NONE);
}

static void
offset_cb (GtkSpinButton *spin)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_INT);
  g_value_set_int (&value, gtk_spin_button_get_value_as_int (spin));
  set_field (GTK_WIDGET (spin), "offset", &value, TANDEM_EDIT_NONE);
}

static void
title_cb (GtkEditable *entry)
{
  TandemObject *task = row_task (GTK_WIDGET (entry));
  const char *text = gtk_editable_get_text (entry);
  g_auto(GValue) value = G_VALUE_INIT;

  if (task == NULL || text[0] == '\0' || g_strcmp0 (text, tandem_object_get_string (task, "title")) == 0)
    return;
  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, text);
  set_field (GTK_WIDGET (entry), "title", &value, TANDEM_EDIT_COALESCE);
}

static void
team_cb (GtkDropDown *dropdown)
{
  g_auto(GValue) value = G_VALUE_INIT;

  if (gtk_drop_down_get_selected (dropdown) == GTK_INVALID_LIST_POSITION)
    return;
  g_value_init (&value, TANDEM_TYPE_TEAM);
  g_value_set_enum (&value, gtk_drop_down_get_selected (dropdown));
  set_field (GTK_WIDGET (dropdown), "team", &value, TANDEM_EDIT_NONE);
}

static void
remove_cb (GtkButton *button)
{
  TandemObject *task = row_task (GTK_WIDGET (button));

  if (task != NULL)
    tandem_workspace_remove (g_object_get_data (G_OBJECT (button), "workspace"), task, NULL);
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          TandemWorkspace          *workspace)
{
  const char *teams[] = { _("Product"), _("Marketing"), _("Other"), NULL };
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *done = gtk_check_button_new ();
  GtkWidget *offset = gtk_spin_button_new_with_range (-3650, 3650, 1);
  GtkWidget *title = gtk_entry_new ();
  GtkWidget *team = gtk_drop_down_new_from_strings (teams);
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  GtkWidget *children[] = { done, offset, title, team, remove };

  g_object_set_data (G_OBJECT (row), "task-row", GINT_TO_POINTER (1));
  gtk_widget_set_margin_start (row, 6);
  gtk_widget_set_margin_end (row, 6);
  gtk_widget_set_margin_top (row, 3);
  gtk_widget_set_margin_bottom (row, 3);
  gtk_widget_set_visible (done, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "show-done")));
  gtk_widget_set_tooltip_text (done, _("Done"));
  gtk_widget_set_tooltip_text (offset, _("Days from the launch"));
  gtk_widget_set_hexpand (title, TRUE);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove Task"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Remove Task"), -1);
  for (guint i = 0; i < G_N_ELEMENTS (children); i++)
    {
      g_object_set_data (G_OBJECT (children[i]), "workspace", workspace);
      gtk_box_append (GTK_BOX (row), children[i]);
    }
  g_signal_connect (done, "toggled", G_CALLBACK (done_cb), NULL);
  g_signal_connect (offset, "value-changed", G_CALLBACK (offset_cb), NULL);
  g_signal_connect (title, "changed", G_CALLBACK (title_cb), NULL);
  g_signal_connect (team, "notify::selected", G_CALLBACK (team_cb), NULL);
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_cb), NULL);
  gtk_list_item_set_child (item, row);
  gtk_list_item_set_activatable (item, FALSE);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         TandemWorkspace          *workspace)
{
  GtkWidget *row = gtk_list_item_get_child (item);
  TandemObject *task = gtk_list_item_get_item (item);
  GtkWidget *done = gtk_widget_get_first_child (row);
  GtkWidget *offset = gtk_widget_get_next_sibling (done);
  GtkWidget *title = gtk_widget_get_next_sibling (offset);
  GtkWidget *team = gtk_widget_get_next_sibling (title);

  g_object_set_data (G_OBJECT (row), "binding", GINT_TO_POINTER (1));
  g_object_set_data (G_OBJECT (row), "task", task);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (done), tandem_object_get_int (task, "done"));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (offset), tandem_object_get_int (task, "offset"));
  gtk_editable_set_text (GTK_EDITABLE (title), tandem_object_get_string (task, "title"));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (team), tandem_object_get_int (task, "team"));
  g_object_set_data (G_OBJECT (row), "binding", NULL);
}

/**
 * tandem_task_row_factory_new:
 * @workspace: the workspace the tasks belong to; it must outlive the rows
 * @show_done: whether rows have a done check (a launch's) or not (a template's)
 *
 * Returns: (transfer full): a factory for a list view of tasks.
 */
GtkListItemFactory *
tandem_task_row_factory_new (TandemWorkspace *workspace,
                             gboolean         show_done)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_return_val_if_fail (TANDEM_IS_WORKSPACE (workspace), NULL);

  g_object_set_data (G_OBJECT (factory), "show-done", GINT_TO_POINTER (show_done));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), workspace);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), workspace);
  return factory;
}

/* Tasks in checklist order: by days from the launch, then by id. */
int
tandem_task_row_compare (gconstpointer a,
                         gconstpointer b,
                         gpointer      user_data)
{
  int oa = tandem_object_get_int ((TandemObject *) a, "offset");
  int ob = tandem_object_get_int ((TandemObject *) b, "offset");

  if (oa != ob)
    return oa < ob ? -1 : 1;
  return g_strcmp0 (tandem_object_get_id ((TandemObject *) a), tandem_object_get_id ((TandemObject *) b));
}
