/* tandem-launch-editor.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-launch-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tandem-launch-editor.h"
#include "tandem-task-row.h"

/* Edits one launch: every change goes through the workspace (typing
 * coalesces into one undo step), and the editor follows the workspace's
 * changes, including undo, while it is open.  The checklist and the card
 * picker are list views over the launch's tasks and the workspace's cards. */

struct _TandemLaunchEditor
{
  AdwWindow         parent_instance;

  /* Template children */
  AdwWindowTitle   *window_title;
  AdwEntryRow      *title_row;
  AdwEntryRow      *date_row;
  AdwComboRow      *tier_row;
  AdwComboRow      *status_row;
  AdwComboRow      *pmm_row;
  GtkFlowBox       *channels_box;
  GtkSearchEntry   *card_search;
  GtkListView      *cards_view;
  GtkLabel         *cards_label;
  GtkTextView      *notes_view;
  GtkListView      *tasks_view;

  TandemWorkspace  *workspace;
  TandemLaunch     *launch;
  GtkStringList    *people_names;
  GPtrArray        *people_ids;     /* ids matching people_names; NULL for nobody */
  GtkStringFilter  *card_filter;
  GtkCustomSorter  *task_sorter;
  GtkWidget        *channel_checks[16];
  guint             updating;
};

G_DEFINE_FINAL_TYPE (TandemLaunchEditor, tandem_launch_editor, ADW_TYPE_WINDOW)

static void
set_field (TandemLaunchEditor *self,
           gpointer            object,
           const char         *field,
           const GValue       *value,
           TandemEditFlags     flags)
{
  g_autoptr(GError) error = NULL;

  if (self->updating > 0)
    return;
  if (!tandem_workspace_set_value_full (self->workspace, object, field, value, flags, &error))
    g_warning ("%s", error->message);
}

static void
update_cards_label (TandemLaunchEditor *self)
{
  const char * const *cards = tandem_object_get_list (TANDEM_OBJECT (self->launch), "cards");
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; cards[i] != NULL; i++)
    {
      TandemObject *card = tandem_workspace_lookup (self->workspace, cards[i]);

      g_string_append_printf (text, "%s%s", i > 0 ? "\n" : "",
                              card != NULL ? tandem_object_get_string (card, "title") : cards[i]);
    }
  gtk_label_set_label (self->cards_label, text->len > 0 ? text->str : _("No linked cards"));
}

static void
update_from_model (TandemLaunchEditor *self)
{
  TandemObject *launch = TANDEM_OBJECT (self->launch);
  const char * const *channels = tandem_object_get_list (launch, "channels");
  const char * const *known = tandem_launch_ops_list_channels ();
  const char *notes = tandem_object_get_string (launch, "notes");
  const char *pmm = tandem_object_get_string (launch, "pmm");
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  g_autofree char *old_notes = NULL;
  GtkTextIter start, end;

  self->updating++;
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->title_row)),
                 tandem_object_get_string (launch, "title")) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->title_row), tandem_object_get_string (launch, "title"));
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), tandem_object_get_string (launch, "date"));
  adw_window_title_set_subtitle (self->window_title, tandem_object_get_string (launch, "title"));
  adw_combo_row_set_selected (self->tier_row, tandem_object_get_int (launch, "tier") - 1);
  adw_combo_row_set_selected (self->status_row, tandem_object_get_int (launch, "status"));
  for (guint i = 0; i < self->people_ids->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->people_ids, i), pmm) == 0)
      adw_combo_row_set_selected (self->pmm_row, i);
  for (guint i = 0; known[i] != NULL; i++)
    gtk_check_button_set_active (GTK_CHECK_BUTTON (self->channel_checks[i]),
                                 g_strv_contains (channels, known[i]));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  old_notes = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (g_strcmp0 (old_notes, notes != NULL ? notes : "") != 0)
    gtk_text_buffer_set_text (buffer, notes != NULL ? notes : "", -1);
  update_cards_label (self);
  self->updating--;
}

static void
workspace_changed_cb (TandemLaunchEditor *self,
                      TandemObject       *object,
                      const char         *field)
{
  if (object == TANDEM_OBJECT (self->launch) && field == NULL &&
      tandem_workspace_lookup (self->workspace, tandem_object_get_id (object)) == NULL)
    {
      /* The launch was removed (or its creation undone). */
      gtk_window_close (GTK_WINDOW (self));
      return;
    }
  if (object == TANDEM_OBJECT (self->launch))
    update_from_model (self);
  else if (TANDEM_IS_TASK (object) && tandem_object_get_parent (object) == TANDEM_OBJECT (self->launch) &&
           g_strcmp0 (field, "offset") == 0)
    gtk_sorter_changed (GTK_SORTER (self->task_sorter), GTK_SORTER_CHANGE_DIFFERENT);
}

/* Template callbacks */

static void
title_changed_cb (AdwEntryRow        *row,
                  TandemLaunchEditor *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  g_auto(GValue) value = G_VALUE_INIT;

  if (self->launch == NULL || text[0] == '\0')
    return;
  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, text);
  set_field (self, self->launch, "title", &value, TANDEM_EDIT_COALESCE);
}

static void
date_apply_cb (AdwEntryRow        *row,
               TandemLaunchEditor *self)
{
  GDate date, today;

  if (self->updating > 0 || self->launch == NULL)
    return;
  if (!tandem_launch_ops_parse_date (gtk_editable_get_text (GTK_EDITABLE (row)), &date))
    {
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  tandem_launch_ops_today (NULL, &today);
  tandem_launch_ops_move (self->workspace, self->launch, &date, &today);
}

static void
tier_changed_cb (AdwComboRow        *row,
                 GParamSpec         *pspec,
                 TandemLaunchEditor *self)
{
  guint selected = adw_combo_row_get_selected (row);

  if (self->updating > 0 || self->launch == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;
  tandem_launch_ops_apply_tier (self->workspace, self->launch, selected + 1);
}

static void
status_changed_cb (AdwComboRow        *row,
                   GParamSpec         *pspec,
                   TandemLaunchEditor *self)
{
  guint selected = adw_combo_row_get_selected (row);
  g_auto(GValue) value = G_VALUE_INIT;

  if (self->launch == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;
  g_value_init (&value, TANDEM_TYPE_LAUNCH_STATUS);
  g_value_set_enum (&value, selected);
  set_field (self, self->launch, "status", &value, TANDEM_EDIT_NONE);
}

static void
pmm_changed_cb (AdwComboRow        *row,
                GParamSpec         *pspec,
                TandemLaunchEditor *self)
{
  guint selected = adw_combo_row_get_selected (row);
  g_auto(GValue) value = G_VALUE_INIT;

  if (self->launch == NULL || selected == GTK_INVALID_LIST_POSITION || selected >= self->people_ids->len)
    return;
  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, g_ptr_array_index (self->people_ids, selected));
  set_field (self, self->launch, "pmm", &value, TANDEM_EDIT_NONE);
}

static void
card_search_changed_cb (GtkSearchEntry     *entry,
                        TandemLaunchEditor *self)
{
  gtk_string_filter_set_search (self->card_filter, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
notes_changed_cb (GtkTextBuffer      *buffer,
                  TandemLaunchEditor *self)
{
  g_autofree char *text = NULL;
  g_auto(GValue) value = G_VALUE_INIT;
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, text[0] != '\0' ? text : NULL);
  set_field (self, self->launch, "notes", &value, TANDEM_EDIT_COALESCE);
}

static void
channel_toggled_cb (GtkCheckButton     *check,
                    TandemLaunchEditor *self)
{
  const char *channel = g_object_get_data (G_OBJECT (check), "channel");
  const char * const *channels = tandem_object_get_list (TANDEM_OBJECT (self->launch), "channels");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) list = NULL;
  g_auto(GValue) value = G_VALUE_INIT;

  if (self->updating > 0)
    return;
  for (guint i = 0; channels[i] != NULL; i++)
    if (g_strcmp0 (channels[i], channel) != 0)
      g_strv_builder_add (builder, channels[i]);
  if (gtk_check_button_get_active (check))
    g_strv_builder_add (builder, channel);
  list = g_strv_builder_end (builder);
  g_value_init (&value, G_TYPE_STRV);
  g_value_set_boxed (&value, list[0] != NULL ? list : NULL);
  set_field (self, self->launch, "channels", &value, TANDEM_EDIT_NONE);
}

/* The card picker */

static void
card_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               TandemLaunchEditor       *self)
{
  gtk_list_item_set_child (item, gtk_check_button_new ());
}

static void
card_toggled_cb (GtkCheckButton     *check,
                 TandemLaunchEditor *self)
{
  TandemObject *card = g_object_get_data (G_OBJECT (check), "card");
  const char *id;
  const char * const *cards;
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) list = NULL;
  g_auto(GValue) value = G_VALUE_INIT;

  if (card == NULL || g_object_get_data (G_OBJECT (check), "binding") != NULL)
    return;
  id = tandem_object_get_id (card);
  cards = tandem_object_get_list (TANDEM_OBJECT (self->launch), "cards");
  builder = g_strv_builder_new ();
  for (guint i = 0; cards[i] != NULL; i++)
    if (g_strcmp0 (cards[i], id) != 0)
      g_strv_builder_add (builder, cards[i]);
  if (gtk_check_button_get_active (check))
    g_strv_builder_add (builder, id);
  list = g_strv_builder_end (builder);
  g_value_init (&value, G_TYPE_STRV);
  g_value_set_boxed (&value, list[0] != NULL ? list : NULL);
  set_field (self, self->launch, "cards", &value, TANDEM_EDIT_NONE);
}

static void
card_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              TandemLaunchEditor       *self)
{
  GtkWidget *check = gtk_list_item_get_child (item);
  TandemObject *card = gtk_list_item_get_item (item);

  g_object_set_data (G_OBJECT (check), "binding", GINT_TO_POINTER (1));
  g_object_set_data (G_OBJECT (check), "card", card);
  gtk_check_button_set_label (GTK_CHECK_BUTTON (check), tandem_object_get_string (card, "title"));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                               g_strv_contains (tandem_object_get_list (TANDEM_OBJECT (self->launch), "cards"),
                                                tandem_object_get_id (card)));
  g_object_set_data (G_OBJECT (check), "binding", NULL);
  if (!g_object_get_data (G_OBJECT (check), "connected"))
    {
      g_signal_connect (check, "toggled", G_CALLBACK (card_toggled_cb), self);
      g_object_set_data (G_OBJECT (check), "connected", GINT_TO_POINTER (1));
    }
}

static void
add_task_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  TandemLaunchEditor *self = TANDEM_LAUNCH_EDITOR (widget);

  tandem_workspace_create (self->workspace, TANDEM_TYPE_TASK, self->launch,
                           "title", _("New task"), "team", TANDEM_TEAM_MARKETING, NULL);
}

static void
tandem_launch_editor_dispose (GObject *object)
{
  TandemLaunchEditor *self = TANDEM_LAUNCH_EDITOR (object);

  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_data (self->workspace, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), TANDEM_TYPE_LAUNCH_EDITOR);
  g_clear_object (&self->workspace);
  g_clear_object (&self->launch);
  g_clear_object (&self->people_names);
  g_clear_pointer (&self->people_ids, g_ptr_array_unref);
  g_clear_object (&self->card_filter);
  g_clear_object (&self->task_sorter);

  G_OBJECT_CLASS (tandem_launch_editor_parent_class)->dispose (object);
}

static void
tandem_launch_editor_class_init (TandemLaunchEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tandem_launch_editor_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/tandem-launch-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, TandemLaunchEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, TandemLaunchEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, TandemLaunchEditor, date_row);
  gtk_widget_class_bind_template_child (widget_class, TandemLaunchEditor, tier_row);
  gtk_widget_class_bind_template_child (widget_class, TandemLaunchEditor, status_row);
  gtk_widget_class_bind_template_child (widget_class, TandemLaunchEditor, pmm_row);
  gtk_widget_class_bind_template_child (widget_class, TandemLaunchEditor, channels_box);
  gtk_widget_class_bind_template_child (widget_class, TandemLaunchEditor, card_search);
  gtk_widget_class_bind_template_child (widget_class, TandemLaunchEditor, cards_view);
  gtk_widget_class_bind_template_child (widget_class, TandemLaunchEditor, cards_label);
  gtk_widget_class_bind_template_child (widget_class, TandemLaunchEditor, notes_view);
  gtk_widget_class_bind_template_child (widget_class, TandemLaunchEditor, tasks_view);
  gtk_widget_class_bind_template_callback (widget_class, title_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, date_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, tier_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, status_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, pmm_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, card_search_changed_cb);

  gtk_widget_class_install_action (widget_class, "editor.add-task", NULL, add_task_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
tandem_launch_editor_init (TandemLaunchEditor *self)
{
  self->updating = 1;
  gtk_widget_init_template (GTK_WIDGET (self));
}

static void
setup (TandemLaunchEditor *self)
{
  const char * const *channels = tandem_launch_ops_list_channels ();
  GListModel *people = G_LIST_MODEL (tandem_workspace_get_people (self->workspace));
  GtkListItemFactory *factory;
  GtkExpression *expression;
  GtkFilterListModel *cards;
  GtkSortListModel *tasks;

  for (guint i = 0; channels[i] != NULL && i < G_N_ELEMENTS (self->channel_checks); i++)
    {
      GtkWidget *check = gtk_check_button_new_with_label (tandem_launch_ops_channel_label (channels[i]));

      g_object_set_data (G_OBJECT (check), "channel", (gpointer) channels[i]);
      g_signal_connect (check, "toggled", G_CALLBACK (channel_toggled_cb), self);
      gtk_flow_box_append (self->channels_box, check);
      self->channel_checks[i] = check;
    }

  /* People are few: the PMM choice lists their names, nobody first. */
  self->people_names = gtk_string_list_new (NULL);
  self->people_ids = g_ptr_array_new_with_free_func (g_free);
  gtk_string_list_append (self->people_names, _("Nobody"));
  g_ptr_array_add (self->people_ids, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(TandemObject) person = g_list_model_get_item (people, i);

      gtk_string_list_append (self->people_names, tandem_object_get_string (person, "name"));
      g_ptr_array_add (self->people_ids, g_strdup (tandem_object_get_id (person)));
    }
  adw_combo_row_set_model (self->pmm_row, G_LIST_MODEL (self->people_names));

  expression = gtk_property_expression_new (TANDEM_TYPE_CARD, NULL, "title");
  self->card_filter = gtk_string_filter_new (expression);
  cards = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (tandem_workspace_get_cards (self->workspace))),
                                     GTK_FILTER (g_object_ref (self->card_filter)));
  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (card_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (card_bind_cb), self);
  gtk_list_view_set_factory (self->cards_view, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->cards_view, GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (cards))));

  self->task_sorter = gtk_custom_sorter_new (tandem_task_row_compare, NULL, NULL);
  tasks = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (tandem_object_get_children (TANDEM_OBJECT (self->launch)))),
                                   GTK_SORTER (g_object_ref (self->task_sorter)));
  factory = tandem_task_row_factory_new (self->workspace, TRUE);
  gtk_list_view_set_factory (self->tasks_view, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->tasks_view, GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (tasks))));

  g_signal_connect (gtk_text_view_get_buffer (self->notes_view), "changed",
                    G_CALLBACK (notes_changed_cb), self);
  g_signal_connect_object (self->workspace, "changed", G_CALLBACK (workspace_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

GtkWidget *
tandem_launch_editor_new (TandemWorkspace *workspace,
                          TandemLaunch    *launch)
{
  TandemLaunchEditor *self;

  g_return_val_if_fail (TANDEM_IS_WORKSPACE (workspace), NULL);
  g_return_val_if_fail (TANDEM_IS_LAUNCH (launch), NULL);

  self = g_object_new (TANDEM_TYPE_LAUNCH_EDITOR, NULL);
  self->workspace = g_object_ref (workspace);
  self->launch = g_object_ref (launch);
  setup (self);
  update_from_model (self);
  self->updating = 0;
  return GTK_WIDGET (self);
}

TandemLaunch *
tandem_launch_editor_get_launch (TandemLaunchEditor *self)
{
  g_return_val_if_fail (TANDEM_IS_LAUNCH_EDITOR (self), NULL);

  return self->launch;
}
