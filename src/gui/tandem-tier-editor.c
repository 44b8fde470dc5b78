/* tandem-tier-editor.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-tier-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tandem-task-row.h"
#include "tandem-tier-editor.h"

/* Edits the launch tiers' templates: the notice each tier needs and the
 * checklist it adds to a launch.  A workspace uses the built-in templates
 * until it is edited: the first change copies the tier's template into the
 * workspace (tandem_launch_ops_ensure_tier) in the same undo step as the
 * change.  Until then the checklist shows the built-in tasks, read-only. */

struct _TandemTierEditor
{
  AdwWindow            parent_instance;

  /* Template children */
  AdwComboRow         *tier_row;
  GtkSpinButton       *min_lead_spin;
  GtkSpinButton       *recommended_lead_spin;
  AdwPreferencesGroup *checklist_group;
  GtkWidget           *customize_button;
  GtkListView         *tasks_view;

  TandemWorkspace     *workspace;
  TandemTier          *shown;       /* the template the list shows, NULL for the built-in one */
  GtkCustomSorter     *task_sorter;
  guint                updating;
};

G_DEFINE_FINAL_TYPE (TandemTierEditor, tandem_tier_editor, ADW_TYPE_WINDOW)

static void
show_tasks (TandemTierEditor *self,
            TandemTier       *tier)
{
  g_autoptr(GtkNoSelection) selection = NULL;
  GListModel *model;

  self->shown = tier;
  if (tier != NULL)
    model = G_LIST_MODEL (gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (tandem_object_get_children (TANDEM_OBJECT (tier)))),
                                                   GTK_SORTER (g_object_ref (self->task_sorter))));
  else
    {
      g_autoptr(GPtrArray) tasks = tandem_launch_ops_list_template (self->workspace,
                                                                     tandem_tier_editor_get_tier (self));
      GListStore *store = g_list_store_new (TANDEM_TYPE_TASK);

      for (guint i = 0; i < tasks->len; i++)
        g_list_store_append (store, g_ptr_array_index (tasks, i));
      model = G_LIST_MODEL (gtk_sort_list_model_new (G_LIST_MODEL (store),
                                                     GTK_SORTER (g_object_ref (self->task_sorter))));
    }
  selection = gtk_no_selection_new (model);
  gtk_list_view_set_model (self->tasks_view, GTK_SELECTION_MODEL (selection));
  gtk_widget_set_sensitive (GTK_WIDGET (self->tasks_view), tier != NULL);
  gtk_widget_set_visible (self->customize_button, tier == NULL);
  adw_preferences_group_set_description (self->checklist_group,
                                         tier != NULL
                                         ? _("Days from the launch (T-14 is two weeks before) and owner team")
                                         : _("The built-in checklist. Edit it to make it this workspace’s own."));
}

static void
update_from_model (TandemTierEditor *self)
{
  int tier = tandem_tier_editor_get_tier (self);
  TandemTier *object = tandem_launch_ops_find_tier (self->workspace, tier);

  self->updating++;
  gtk_spin_button_set_value (self->min_lead_spin, tandem_launch_ops_get_min_lead (self->workspace, tier));
  gtk_spin_button_set_value (self->recommended_lead_spin,
                             tandem_launch_ops_get_recommended_lead (self->workspace, tier));
  if (object != self->shown || object == NULL)
    show_tasks (self, object);
  self->updating--;
}

static void
workspace_changed_cb (TandemTierEditor *self,
                      TandemObject     *object,
                      const char       *field)
{
  if (TANDEM_IS_TIER (object))
    update_from_model (self);
  else if (TANDEM_IS_TASK (object) && tandem_object_get_parent (object) == TANDEM_OBJECT (self->shown) &&
           g_strcmp0 (field, "offset") == 0)
    gtk_sorter_changed (GTK_SORTER (self->task_sorter), GTK_SORTER_CHANGE_DIFFERENT);
}

static void
tier_selected_cb (AdwComboRow      *row,
                  GParamSpec       *pspec,
                  TandemTierEditor *self)
{
  if (self->workspace != NULL)
    update_from_model (self);
}

static void
lead_changed_cb (GtkSpinButton    *spin,
                 TandemTierEditor *self)
{
  /* Read first: copying the template refreshes the spin buttons. */
  int days = gtk_spin_button_get_value_as_int (spin);
  TandemTier *tier;

  if (self->updating > 0 || self->workspace == NULL)
    return;
  tandem_workspace_begin_group (self->workspace, _("Edit Tier Template"));
  tier = tandem_launch_ops_ensure_tier (self->workspace, tandem_tier_editor_get_tier (self));
  tandem_workspace_set (self->workspace, tier,
                        spin == self->min_lead_spin ? "min-lead" : "recommended-lead", days, NULL);
  tandem_workspace_end_group (self->workspace);
}

static void
customize_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  TandemTierEditor *self = TANDEM_TIER_EDITOR (widget);

  tandem_launch_ops_ensure_tier (self->workspace, tandem_tier_editor_get_tier (self));
}

static void
add_task_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  TandemTierEditor *self = TANDEM_TIER_EDITOR (widget);
  TandemTier *tier;

  tandem_workspace_begin_group (self->workspace, _("Add Template Task"));
  tier = tandem_launch_ops_ensure_tier (self->workspace, tandem_tier_editor_get_tier (self));
  tandem_workspace_create (self->workspace, TANDEM_TYPE_TASK, tier,
                           "title", _("New task"), "team", TANDEM_TEAM_MARKETING, NULL);
  tandem_workspace_end_group (self->workspace);
}

static void
tandem_tier_editor_dispose (GObject *object)
{
  TandemTierEditor *self = TANDEM_TIER_EDITOR (object);

  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_data (self->workspace, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), TANDEM_TYPE_TIER_EDITOR);
  g_clear_object (&self->workspace);
  g_clear_object (&self->task_sorter);

  G_OBJECT_CLASS (tandem_tier_editor_parent_class)->dispose (object);
}

static void
tandem_tier_editor_class_init (TandemTierEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tandem_tier_editor_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/tandem-tier-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, TandemTierEditor, tier_row);
  gtk_widget_class_bind_template_child (widget_class, TandemTierEditor, min_lead_spin);
  gtk_widget_class_bind_template_child (widget_class, TandemTierEditor, recommended_lead_spin);
  gtk_widget_class_bind_template_child (widget_class, TandemTierEditor, checklist_group);
  gtk_widget_class_bind_template_child (widget_class, TandemTierEditor, customize_button);
  gtk_widget_class_bind_template_child (widget_class, TandemTierEditor, tasks_view);
  gtk_widget_class_bind_template_callback (widget_class, tier_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, lead_changed_cb);

  gtk_widget_class_install_action (widget_class, "tiers.customize", NULL, customize_action);
  gtk_widget_class_install_action (widget_class, "tiers.add-task", NULL, add_task_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
tandem_tier_editor_init (TandemTierEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->task_sorter = gtk_custom_sorter_new (tandem_task_row_compare, NULL, NULL);
}

GtkWidget *
tandem_tier_editor_new (TandemWorkspace *workspace)
{
  TandemTierEditor *self;
  GtkListItemFactory *factory;

  g_return_val_if_fail (TANDEM_IS_WORKSPACE (workspace), NULL);

  self = g_object_new (TANDEM_TYPE_TIER_EDITOR, NULL);
  self->workspace = g_object_ref (workspace);
  factory = tandem_task_row_factory_new (workspace, FALSE);
  gtk_list_view_set_factory (self->tasks_view, factory);
  g_object_unref (factory);
  g_signal_connect_object (workspace, "changed", G_CALLBACK (workspace_changed_cb), self,
                           G_CONNECT_SWAPPED);
  update_from_model (self);
  return GTK_WIDGET (self);
}

/* The tier shown, 1 to 3. */
int
tandem_tier_editor_get_tier (TandemTierEditor *self)
{
  g_return_val_if_fail (TANDEM_IS_TIER_EDITOR (self), 1);

  return (int) adw_combo_row_get_selected (self->tier_row) + 1;
}

void
tandem_tier_editor_set_tier (TandemTierEditor *self,
                             int               tier)
{
  g_return_if_fail (TANDEM_IS_TIER_EDITOR (self));
  g_return_if_fail (tier >= 1 && tier <= 3);

  adw_combo_row_set_selected (self->tier_row, tier - 1);
}
