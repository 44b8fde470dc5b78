/* tandem-window.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-window"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "tandem-gui.h"
#include "tandem-window-private.h"
#include "tandem-print-actions.h"

/* A window shows one workspace.  It owns the workspace and binds its title,
 * actions and page summaries to the workspace's properties and collections;
 * opening, saving and closing live in tandem-window-files.c. */

#define MAX_RECENT 8

G_DEFINE_FINAL_TYPE (TandemWindow, tandem_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_BUSY,
  PROP_WORKSPACE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
update_title (TandemWindow *self)
{
  const char *title = tandem_object_get_string (TANDEM_OBJECT (self->workspace), "title");
  GFile *file = tandem_workspace_get_file (self->workspace);
  g_autofree char *window_title = NULL;
  g_autofree char *subtitle = NULL;

  if (title == NULL || title[0] == '\0')
    title = _("Untitled workspace");

  if (tandem_workspace_get_dirty (self->workspace))
    /* Translators: the window title of a workspace with unsaved changes. */
    window_title = g_strdup_printf (_("• %s"), title);
  else
    window_title = g_strdup (title);

  if (file != NULL)
    {
      g_autofree char *basename = g_file_get_basename (file);

      subtitle = g_filename_display_name (basename);
    }
  else
    subtitle = g_strdup (_("Unsaved workspace"));

  gtk_window_set_title (GTK_WINDOW (self), window_title);
  adw_view_switcher_title_set_title (self->switcher_title, window_title);
  adw_view_switcher_title_set_subtitle (self->switcher_title, subtitle);
}

static guint
n_items (gpointer model)
{
  return model != NULL ? g_list_model_get_n_items (G_LIST_MODEL (model)) : 0;
}

static void
update_summaries (TandemWindow *self)
{
  GListModel *launches = G_LIST_MODEL (tandem_workspace_get_launches (self->workspace));
  guint n_cards = n_items (tandem_workspace_get_cards (self->workspace));
  guint n_columns = n_items (tandem_workspace_get_columns (self->workspace));
  guint n_lanes = n_items (tandem_workspace_get_lanes (self->workspace));
  guint n_launches = n_items (launches);
  guint n_interviews = n_items (tandem_workspace_get_interviews (self->workspace));
  guint n_tasks = 0;
  g_autofree char *cards = NULL;
  g_autofree char *columns = NULL;
  g_autofree char *lanes = NULL;
  g_autofree char *tasks = NULL;
  g_autofree char *roadmap = NULL;
  g_autofree char *launch_summary = NULL;
  g_autofree char *interviews = NULL;

  for (guint i = 0; i < n_launches; i++)
    {
      g_autoptr(TandemObject) launch = g_list_model_get_item (launches, i);

      n_tasks += n_items (tandem_object_get_children (launch));
    }

  cards = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u card", "%u cards", n_cards), n_cards);
  columns = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u column", "%u columns", n_columns),
                             n_columns);
  if (n_lanes > 0)
    {
      lanes = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u lane", "%u lanes", n_lanes),
                               n_lanes);
      /* Translators: "30 cards in 3 columns and 4 lanes". */
      roadmap = g_strdup_printf (_("%s in %s and %s"), cards, columns, lanes);
    }
  else
    /* Translators: "30 cards in 3 columns". */
    roadmap = g_strdup_printf (_("%s in %s"), cards, columns);

  tasks = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u task", "%u tasks", n_tasks), n_tasks);
  /* Translators: "6 launches with 42 tasks"; %s is the number of tasks, e.g. "42 tasks". */
  launch_summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u launch with %s",
                                                 "%u launches with %s", n_launches),
                                    n_launches, tasks);

  interviews = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u interview", "%u interviews",
                                             n_interviews),
                                n_interviews);

  tandem_board_set_summary (self->board, roadmap);
  tandem_calendar_set_summary (self->calendar, launch_summary);
  tandem_interviews_set_summary (self->interviews, interviews);
}

/* Tasks live inside launches; the workspace reports every insertion and
 * removal at any depth, so the task count follows without watching each launch. */
static void
workspace_changed_cb (TandemWindow *self,
                      TandemObject *object,
                      const char   *field)
{
  g_assert (TANDEM_IS_WINDOW (self));

  if (field == NULL && TANDEM_IS_TASK (object))
    update_summaries (self);
}

static void
update_author (TandemWindow *self)
{
  g_autofree char *name = tandem_gui_dup_user_name (self->settings);

  tandem_workspace_set_author (self->workspace, name, tandem_gui_get_user_team (self->settings));
}

void
_tandem_window_update_actions (TandemWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean loading = self->loading_cancellable != NULL;
  gboolean busy = loading || self->saving > 0;

  g_assert (TANDEM_IS_WINDOW (self));

  gtk_widget_action_set_enabled (widget, "win.save",
                                 !busy && tandem_workspace_get_dirty (self->workspace));
  gtk_widget_action_set_enabled (widget, "win.save-as", !busy);
  gtk_widget_action_set_enabled (widget, "win.undo",
                                 !loading && tandem_workspace_get_can_undo (self->workspace));
  gtk_widget_action_set_enabled (widget, "win.redo",
                                 !loading && tandem_workspace_get_can_redo (self->workspace));
  gtk_widget_action_set_enabled (widget, "win.cancel-open", loading);
}

void
_tandem_window_notify_busy (TandemWindow *self)
{
  g_assert (TANDEM_IS_WINDOW (self));

  _tandem_window_update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_BUSY]);
}

/* The collections whose size the page summaries show. */
static void
get_counted_collections (TandemWorkspace  *workspace,
                         TandemCollection *collections[5])
{
  collections[0] = tandem_workspace_get_cards (workspace);
  collections[1] = tandem_workspace_get_columns (workspace);
  collections[2] = tandem_workspace_get_lanes (workspace);
  collections[3] = tandem_workspace_get_launches (workspace);
  collections[4] = tandem_workspace_get_interviews (workspace);
}

static void
disconnect_workspace (TandemWindow *self)
{
  TandemCollection *collections[5];

  if (self->workspace == NULL)
    return;

  g_signal_handlers_disconnect_by_data (self->workspace, self);
  get_counted_collections (self->workspace, collections);
  for (guint i = 0; i < G_N_ELEMENTS (collections); i++)
    g_signal_handlers_disconnect_by_data (collections[i], self);
}

/* Shows @workspace, whose unsaved edits @draft keeps (a recovered draft), or
 * a new draft when @draft is %NULL. */
void
_tandem_window_set_workspace (TandemWindow    *self,
                              TandemWorkspace *workspace,
                              TandemDraft     *draft)
{
  TandemCollection *collections[5];

  g_assert (TANDEM_IS_WINDOW (self));
  g_assert (TANDEM_IS_WORKSPACE (workspace));
  g_assert (draft == NULL || tandem_draft_get_workspace (draft) == workspace);

  if (self->workspace == workspace)
    return;

  disconnect_workspace (self);
  g_set_object (&self->workspace, workspace);
  g_clear_object (&self->draft);
  self->draft = draft != NULL ? g_object_ref (draft) : tandem_draft_new (workspace);

  g_signal_connect_object (workspace, "notify::title", G_CALLBACK (update_title), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (workspace, "notify::file", G_CALLBACK (update_title), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (workspace, "notify::file", G_CALLBACK (_tandem_window_watch), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (workspace, "notify::dirty", G_CALLBACK (update_title), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (workspace, "notify::dirty", G_CALLBACK (_tandem_window_update_actions),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (workspace, "notify::can-undo",
                           G_CALLBACK (_tandem_window_update_actions), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (workspace, "notify::can-redo",
                           G_CALLBACK (_tandem_window_update_actions), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (workspace, "changed", G_CALLBACK (workspace_changed_cb), self,
                           G_CONNECT_SWAPPED);

  get_counted_collections (workspace, collections);
  for (guint i = 0; i < G_N_ELEMENTS (collections); i++)
    g_signal_connect_object (collections[i], "items-changed", G_CALLBACK (update_summaries), self,
                             G_CONNECT_SWAPPED);

  _tandem_window_close_snapshot (self);
  tandem_board_set_workspace (self->board, workspace);
  update_author (self);
  update_title (self);
  update_summaries (self);
  _tandem_window_update_actions (self);
  _tandem_window_watch (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_WORKSPACE]);
}

static int
compare_recent (gconstpointer a,
                gconstpointer b)
{
  GtkRecentInfo *info_a = *(GtkRecentInfo **) a;
  GtkRecentInfo *info_b = *(GtkRecentInfo **) b;

  /* Most recently used first. */
  return g_date_time_compare (gtk_recent_info_get_modified (info_b),
                              gtk_recent_info_get_modified (info_a));
}

static void
update_recent_menu (TandemWindow *self)
{
  GList *items = gtk_recent_manager_get_items (self->recent_manager);
  g_autoptr(GPtrArray) workspaces = g_ptr_array_new ();

  for (const GList *l = items; l != NULL; l = l->next)
    {
      GtkRecentInfo *info = l->data;
      const char *uri = gtk_recent_info_get_uri (info);

      if (g_strcmp0 (gtk_recent_info_get_mime_type (info), TANDEM_MIME_TYPE) != 0 &&
          !g_str_has_suffix (uri, TANDEM_FILE_SUFFIX))
        continue;
      if (gtk_recent_info_is_local (info) && !gtk_recent_info_exists (info))
        continue;
      g_ptr_array_add (workspaces, info);
    }
  g_ptr_array_sort (workspaces, compare_recent);

  g_menu_remove_all (self->recent_section);
  for (guint i = 0; i < MIN (workspaces->len, MAX_RECENT); i++)
    {
      GtkRecentInfo *info = g_ptr_array_index (workspaces, i);
      g_autoptr(GMenuItem) item = g_menu_item_new (gtk_recent_info_get_display_name (info), NULL);

      g_menu_item_set_action_and_target (item, "win.open-recent", "s",
                                         gtk_recent_info_get_uri (info));
      g_menu_append_item (self->recent_section, item);
    }
  if (workspaces->len == 0)
    /* An item without an action shows as insensitive. */
    g_menu_append (self->recent_section, _("No Recent Workspaces"), NULL);

  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
}

void
_tandem_window_add_recent (TandemWindow *self,
                           GFile        *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  g_autofree char *exec = g_strdup_printf ("%s %%u", g_get_prgname ());
  GtkRecentData data = {
    .mime_type = (char *) TANDEM_MIME_TYPE,
    .app_name = (char *) g_get_application_name (),
    .app_exec = exec,
  };

  g_assert (TANDEM_IS_WINDOW (self));

  gtk_recent_manager_add_full (self->recent_manager, uri, &data);
}

static void
clear_dialog (gpointer  data,
              GObject  *where_the_object_was)
{
  TandemWindow *self = data;

  if ((GObject *) self->dialog == where_the_object_was)
    self->dialog = NULL;
}

/* Presents @dialog over this window and remembers it until it is gone. */
void
_tandem_window_present_dialog (TandemWindow     *self,
                               AdwMessageDialog *dialog)
{
  g_assert (TANDEM_IS_WINDOW (self));
  g_assert (ADW_IS_MESSAGE_DIALOG (dialog));

  if (self->dialog != NULL)
    g_object_weak_unref (G_OBJECT (self->dialog), clear_dialog, self);
  self->dialog = dialog;
  g_object_weak_ref (G_OBJECT (dialog), clear_dialog, self);

  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The undo label changes with every edit, not only when can-undo does, so
 * the tooltips ask for it when they are shown. */
static gboolean
undo_query_tooltip_cb (GtkWidget    *button,
                       int           x,
                       int           y,
                       gboolean      keyboard_mode,
                       GtkTooltip   *tooltip,
                       TandemWindow *self)
{
  const char *label = tandem_workspace_get_undo_label (self->workspace);
  g_autofree char *text = NULL;

  if (label != NULL)
    /* Translators: the tooltip of the Undo button, %s is what it undoes. */
    text = g_strdup_printf (_("Undo “%s”"), label);
  gtk_tooltip_set_text (tooltip, text != NULL ? text : _("Undo"));
  return TRUE;
}

static gboolean
redo_query_tooltip_cb (GtkWidget    *button,
                       int           x,
                       int           y,
                       gboolean      keyboard_mode,
                       GtkTooltip   *tooltip,
                       TandemWindow *self)
{
  const char *label = tandem_workspace_get_redo_label (self->workspace);
  g_autofree char *text = NULL;

  if (label != NULL)
    /* Translators: the tooltip of the Redo button, %s is what it redoes. */
    text = g_strdup_printf (_("Redo “%s”"), label);
  gtk_tooltip_set_text (tooltip, text != NULL ? text : _("Redo"));
  return TRUE;
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  _tandem_window_open (TANDEM_WINDOW (widget));
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  tandem_window_open_file (TANDEM_WINDOW (widget), file);
}

/* Shows a launch on the calendar: after planning one from a card. */
static void
show_launch_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  TandemWindow *self = TANDEM_WINDOW (widget);
  TandemObject *launch = tandem_workspace_lookup (self->workspace, g_variant_get_string (parameter, NULL));
  GDate day;
  int y, m, d;

  if (launch == NULL || !TANDEM_IS_LAUNCH (launch))
    return;
  if (sscanf (tandem_object_get_string (launch, "date"), "%d-%d-%d", &y, &m, &d) == 3 &&
      g_date_valid_dmy (d, m, y))
    {
      g_date_clear (&day, 1);
      g_date_set_dmy (&day, d, m, y);
      tandem_calendar_set_month (self->calendar, &day);
    }
  adw_view_stack_set_visible_child_name (self->view_stack, "launches");
}

/* Shows an interview's notes: from a card's evidence. */
static void
show_interview_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  TandemWindow *self = TANDEM_WINDOW (widget);
  TandemObject *interview = tandem_workspace_lookup (self->workspace, g_variant_get_string (parameter, NULL));

  if (interview == NULL || !TANDEM_IS_INTERVIEW (interview))
    return;
  adw_view_stack_set_visible_child_name (self->view_stack, "interviews");
  tandem_interviews_select (self->interviews, interview);
}

static void
cancel_open_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  _tandem_window_cancel_load (TANDEM_WINDOW (widget));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  _tandem_window_save (TANDEM_WINDOW (widget), FALSE);
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  _tandem_window_save_as (TANDEM_WINDOW (widget), FALSE);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  tandem_workspace_undo (TANDEM_WINDOW (widget)->workspace);
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  tandem_workspace_redo (TANDEM_WINDOW (widget)->workspace);
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static void
save_window_state (TandemWindow *self)
{
  gboolean maximized = gtk_window_is_maximized (GTK_WINDOW (self));
  int width;
  int height;

  g_settings_set_boolean (self->settings, "window-maximized", maximized);
  if (maximized)
    return;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
}

static gboolean
tandem_window_close_request (GtkWindow *window)
{
  TandemWindow *self = TANDEM_WINDOW (window);

  if (!_tandem_window_confirm_close (self))
    return GDK_EVENT_STOP;

  save_window_state (self);
  _tandem_window_cancel_load (self);
  _tandem_window_stop_watching (self);

  return GTK_WINDOW_CLASS (tandem_window_parent_class)->close_request (window);
}

static void
tandem_window_dispose (GObject *object)
{
  TandemWindow *self = TANDEM_WINDOW (object);

  if (self->loading_cancellable != NULL)
    g_cancellable_cancel (self->loading_cancellable);
  g_clear_object (&self->loading_cancellable);
  g_clear_object (&self->loading_file);

  if (self->dialog != NULL)
    {
      g_object_weak_unref (G_OBJECT (self->dialog), clear_dialog, self);
      self->dialog = NULL;
    }

  if (self->recent_manager != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->recent_manager, self);
      self->recent_manager = NULL;
    }

  _tandem_window_stop_watching (self);
  g_clear_pointer (&self->opened, g_date_time_unref);
  disconnect_workspace (self);
  /* A window destroyed with unsaved edits (never the case when it is closed
   * by the user, who is asked) leaves their draft to be recovered. */
  g_clear_object (&self->draft);
  g_clear_object (&self->workspace);
  g_clear_object (&self->settings);

  gtk_widget_dispose_template (GTK_WIDGET (self), TANDEM_TYPE_WINDOW);

  G_OBJECT_CLASS (tandem_window_parent_class)->dispose (object);
}

static void
tandem_window_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  TandemWindow *self = TANDEM_WINDOW (object);

  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, tandem_window_get_busy (self));
      break;

    case PROP_WORKSPACE:
      g_value_set_object (value, tandem_window_get_workspace (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_window_class_init (TandemWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = tandem_window_dispose;
  object_class->get_property = tandem_window_get_property;

  window_class->close_request = tandem_window_close_request;

  /**
   * TandemWindow:busy:
   *
   * Whether the window is opening or saving its workspace.
   */
  properties [PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties [PROP_WORKSPACE] =
    g_param_spec_object ("workspace", NULL, NULL, TANDEM_TYPE_WORKSPACE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (TANDEM_TYPE_BOARD);
  g_type_ensure (TANDEM_TYPE_CALENDAR);
  g_type_ensure (TANDEM_TYPE_INTERVIEWS);
  g_type_ensure (TANDEM_TYPE_SNAPSHOT_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/tandem-window.ui");
  gtk_widget_class_bind_template_child (widget_class, TandemWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, TandemWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, TandemWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, TandemWindow, board);
  gtk_widget_class_bind_template_child (widget_class, TandemWindow, calendar);
  gtk_widget_class_bind_template_child (widget_class, TandemWindow, interviews);
  gtk_widget_class_bind_template_child (widget_class, TandemWindow, loading_page);
  gtk_widget_class_bind_template_child (widget_class, TandemWindow, loading_spinner);
  gtk_widget_class_bind_template_child (widget_class, TandemWindow, undo_button);
  gtk_widget_class_bind_template_child (widget_class, TandemWindow, redo_button);
  gtk_widget_class_bind_template_child (widget_class, TandemWindow, recent_section);
  gtk_widget_class_bind_template_child (widget_class, TandemWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, TandemWindow, presence_revealer);
  gtk_widget_class_bind_template_child (widget_class, TandemWindow, presence_label);
  gtk_widget_class_bind_template_callback (widget_class, undo_query_tooltip_cb);
  gtk_widget_class_bind_template_callback (widget_class, redo_query_tooltip_cb);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-open", NULL, cancel_open_action);
  gtk_widget_class_install_action (widget_class, "win.show-launch", "s", show_launch_action);
  gtk_widget_class_install_action (widget_class, "win.show-interview", "s", show_interview_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "win.close", NULL, close_action);
  tandem_print_actions_install (widget_class);
  _tandem_window_install_snapshot_actions (widget_class);
}

static void
tandem_window_init (TandemWindow *self)
{
  g_autoptr(TandemWorkspace) workspace = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  if (g_strcmp0 (PROFILE, "development") == 0)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  self->settings = g_settings_new (TANDEM_SETTINGS_SCHEMA_ID);
  g_signal_connect_object (self->settings, "changed::user-name", G_CALLBACK (update_author), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::user-team", G_CALLBACK (update_author), self,
                           G_CONNECT_SWAPPED);

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  self->recent_manager = gtk_recent_manager_get_default ();
  g_signal_connect_object (self->recent_manager, "changed", G_CALLBACK (update_recent_menu), self,
                           G_CONNECT_SWAPPED);
  update_recent_menu (self);

  workspace = tandem_workspace_new_untitled ();
  _tandem_window_set_workspace (self, workspace, NULL);
}

/**
 * tandem_window_new:
 *
 * Returns: (transfer none): a new window with a new untitled workspace.
 */
TandemWindow *
tandem_window_new (GtkApplication *application)
{
  g_return_val_if_fail (application == NULL || GTK_IS_APPLICATION (application), NULL);

  return g_object_new (TANDEM_TYPE_WINDOW, "application", application, NULL);
}

TandemWorkspace *
tandem_window_get_workspace (TandemWindow *self)
{
  g_return_val_if_fail (TANDEM_IS_WINDOW (self), NULL);

  return self->workspace;
}

/**
 * tandem_window_get_file:
 *
 * Returns: (transfer none) (nullable): the file of the workspace shown.
 */
GFile *
tandem_window_get_file (TandemWindow *self)
{
  g_return_val_if_fail (TANDEM_IS_WINDOW (self), NULL);

  return tandem_workspace_get_file (self->workspace);
}

gboolean
tandem_window_get_busy (TandemWindow *self)
{
  g_return_val_if_fail (TANDEM_IS_WINDOW (self), FALSE);

  return self->loading_cancellable != NULL || self->saving > 0;
}

/**
 * tandem_window_is_pristine:
 *
 * Returns: whether the window shows an untitled workspace nobody has touched,
 *   which a file being opened may replace.
 */
gboolean
tandem_window_is_pristine (TandemWindow *self)
{
  g_return_val_if_fail (TANDEM_IS_WINDOW (self), FALSE);

  return !tandem_window_get_busy (self) &&
         tandem_workspace_get_file (self->workspace) == NULL &&
         !tandem_workspace_get_can_undo (self->workspace) &&
         !tandem_workspace_get_dirty (self->workspace);
}

/**
 * tandem_window_has_file:
 *
 * Returns: whether the window shows @file, or is opening it.
 */
gboolean
tandem_window_has_file (TandemWindow *self,
                        GFile        *file)
{
  GFile *current;

  g_return_val_if_fail (TANDEM_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  current = tandem_workspace_get_file (self->workspace);
  return (current != NULL && g_file_equal (current, file)) ||
         (self->loading_file != NULL && g_file_equal (self->loading_file, file));
}

/**
 * tandem_window_load_file:
 *
 * Opens @file in this window, replacing its workspace once it is loaded.  A
 * failure is reported in a dialog and leaves the window as it was.
 */
void
tandem_window_load_file (TandemWindow *self,
                         GFile        *file)
{
  g_return_if_fail (TANDEM_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  _tandem_window_load (self, file, NULL);
}

/**
 * tandem_window_open_file:
 *
 * Shows @file: presents the window that already has it, loads it into this
 * window when its workspace is pristine, or else into a new window.
 */
void
tandem_window_open_file (TandemWindow *self,
                         GFile        *file)
{
  GtkApplication *application;
  TandemWindow *window;

  g_return_if_fail (TANDEM_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  application = gtk_window_get_application (GTK_WINDOW (self));
  if (application != NULL)
    {
      for (GList *l = gtk_application_get_windows (application); l != NULL; l = l->next)
        {
          if (TANDEM_IS_WINDOW (l->data) && tandem_window_has_file (l->data, file))
            {
              gtk_window_present (l->data);
              return;
            }
        }
    }

  if (tandem_window_is_pristine (self))
    {
      _tandem_window_load (self, file, NULL);
      return;
    }

  window = tandem_window_new (application);
  gtk_window_present (GTK_WINDOW (window));
  _tandem_window_load (window, file, self);
}

AdwMessageDialog *
_tandem_window_get_dialog (TandemWindow *self)
{
  g_return_val_if_fail (TANDEM_IS_WINDOW (self), NULL);

  return self->dialog;
}

const char *
_tandem_window_get_summary (TandemWindow *self,
                            const char   *page)
{
  g_return_val_if_fail (TANDEM_IS_WINDOW (self), NULL);

  if (g_strcmp0 (page, "roadmap") == 0)
    return tandem_board_get_summary (self->board);
  if (g_strcmp0 (page, "launches") == 0)
    return tandem_calendar_get_summary (self->calendar);
  if (g_strcmp0 (page, "interviews") == 0)
    return tandem_interviews_get_summary (self->interviews);
  g_return_val_if_reached (NULL);
}
