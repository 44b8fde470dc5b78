/* tandem-window-sync.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-window-sync"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tandem-file.h"
#include "tandem-gui.h"
#include "tandem-presence.h"
#include "tandem-window-private.h"

/* Two people, one file.  The window watches its file (a monitor, and an
 * entity-tag check on a timer, since network mounts often send no events).
 * When someone else saves, a clean workspace takes their version in place;
 * one with unsaved edits is merged with it (base: the file as this window
 * last loaded or saved it).  Both are applied through the core as one undo
 * step, so views keep their state.  A save refused because the file changed
 * merges the same way, then saves.  Conflicts are put to the user one by one;
 * those left stay in the file and are asked again next time.  Beside it, the
 * window announces its presence in a lock file and shows who else is in. */

#define CHECK_SECONDS    5
#define PRESENCE_SECONDS 60

static void check_conflicts (TandemWindow *self);

static void
show_toast (TandemWindow *self,
            const char   *title)
{
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_timeout (toast, 4);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

typedef struct
{
  TandemWindow *self;
  GFile        *file;
  gboolean      then_save;
  gboolean      close_after;
} SyncData;

static void
sync_data_free (SyncData *data)
{
  g_clear_object (&data->self);
  g_clear_object (&data->file);
  g_free (data);
}

static void
sync_cb (GObject      *source_object,
         GAsyncResult *result,
         gpointer      user_data)
{
  SyncData *data = user_data;
  TandemWindow *self = data->self;
  g_autoptr(TandemWorkspace) theirs = NULL;
  g_autoptr(GError) error = NULL;
  TandemWorkspace *mine = self->workspace;
  guint n_conflicts;
  gboolean clean;

  self->syncing = FALSE;
  theirs = tandem_file_load_finish (result, &error);

  /* Gone with the window, or the workspace was replaced meanwhile. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
      tandem_workspace_get_file (mine) == NULL ||
      !g_file_equal (tandem_workspace_get_file (mine), data->file))
    goto out;

  if (theirs == NULL)
    {
      /* Half-written by a tool that does not save safely, or not a
       * workspace any more: keep ours and try again at the next check. */
      g_debug ("Not taking the file's new version: %s", error->message);
      goto out;
    }

  clean = !tandem_workspace_get_dirty (mine);
  n_conflicts = tandem_file_take_in (mine, theirs);
  show_toast (self, clean ? _("Updated with changes saved by others")
                          : _("Your changes were merged with changes saved by others"));

  if (n_conflicts > 0)
    check_conflicts (self);
  else if (data->then_save)
    _tandem_window_save (self, data->close_after);

out:
  _tandem_window_update_actions (self);
  sync_data_free (data);
}

/**
 * _tandem_window_sync:
 * @then_save: save once merged, if no conflict is left
 *
 * Takes in what someone else saved to the window's file.
 */
void
_tandem_window_sync (TandemWindow *self,
                     gboolean      then_save,
                     gboolean      close_after)
{
  GFile *file = tandem_workspace_get_file (self->workspace);
  SyncData *data;

  g_assert (TANDEM_IS_WINDOW (self));

  if (file == NULL || self->syncing)
    return;

  data = g_new0 (SyncData, 1);
  data->self = g_object_ref (self);
  data->file = g_object_ref (file);
  data->then_save = then_save;
  data->close_after = close_after;
  self->syncing = TRUE;
  tandem_file_load_async (file, self->sync_cancellable, sync_cb, data);
}

static void
query_etag_cb (GObject      *source_object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(TandemWindow) self = user_data;
  g_autoptr(GFileInfo) info = g_file_query_info_finish (G_FILE (source_object), result, NULL);
  const char *etag;

  self->checking = FALSE;
  if (info == NULL || self->workspace == NULL)
    return;
  etag = g_file_info_get_etag (info);
  if (tandem_workspace_get_file (self->workspace) != NULL &&
      g_file_equal (tandem_workspace_get_file (self->workspace), G_FILE (source_object)) &&
      etag != NULL && g_strcmp0 (etag, tandem_workspace_get_etag (self->workspace)) != 0)
    _tandem_window_sync (self, FALSE, FALSE);
}

/**
 * _tandem_window_check_disk:
 *
 * Compares the file's entity tag with the one last loaded or saved, and
 * syncs when they differ.  Cheap: one stat, even on network mounts.
 */
void
_tandem_window_check_disk (TandemWindow *self)
{
  GFile *file;

  g_assert (TANDEM_IS_WINDOW (self));

  file = tandem_workspace_get_file (self->workspace);
  if (file == NULL || self->checking || self->syncing || self->saving > 0 ||
      self->loading_cancellable != NULL)
    return;
  self->checking = TRUE;
  g_file_query_info_async (file, G_FILE_ATTRIBUTE_ETAG_VALUE, G_FILE_QUERY_INFO_NONE,
                           G_PRIORITY_LOW, self->sync_cancellable, query_etag_cb,
                           g_object_ref (self));
}

static gboolean
check_timeout_cb (gpointer data)
{
  _tandem_window_check_disk (data);
  return G_SOURCE_CONTINUE;
}

static void
monitor_changed_cb (GFileMonitor      *monitor,
                    GFile             *file,
                    GFile             *other_file,
                    GFileMonitorEvent  event,
                    TandemWindow      *self)
{
  if (event == G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT || event == G_FILE_MONITOR_EVENT_CREATED ||
      event == G_FILE_MONITOR_EVENT_RENAMED || event == G_FILE_MONITOR_EVENT_MOVED_IN)
    _tandem_window_check_disk (self);
}

/* Presence */

static char *
describe (const TandemPresence *presence)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (presence->since);
  g_autofree char *time = g_date_time_format (local, "%H:%M");
  const char *team = tandem_team_to_label (presence->team);

  /* Translators: "Maria Lopez (Marketing) has this workspace open on host laptop since 10:02". */
  return g_strdup_printf (_("%s (%s) has this workspace open on host %s since %s"),
                          presence->name, team, presence->host, time);
}

static void
update_presence (TandemWindow *self)
{
  GFile *file = tandem_workspace_get_file (self->workspace);
  g_autoptr(GPtrArray) others = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *name = NULL;

  if (file == NULL)
    {
      gtk_revealer_set_reveal_child (self->presence_revealer, FALSE);
      return;
    }

  name = tandem_gui_dup_user_name (self->settings);
  tandem_presence_write (file, name, tandem_gui_get_user_team (self->settings), self->opened,
                         NULL, NULL);
  others = tandem_presence_list (file, NULL, NULL);
  for (guint i = 0; others != NULL && i < others->len; i++)
    {
      g_autofree char *line = describe (g_ptr_array_index (others, i));

      g_string_append_printf (text, "%s%s", i > 0 ? "\n" : "", line);
    }
  gtk_label_set_text (self->presence_label, text->str);
  gtk_revealer_set_reveal_child (self->presence_revealer, text->len > 0);
}

void
_tandem_window_update_presence (TandemWindow *self)
{
  g_assert (TANDEM_IS_WINDOW (self));

  update_presence (self);
}

static gboolean
presence_timeout_cb (gpointer data)
{
  update_presence (data);
  return G_SOURCE_CONTINUE;
}

/**
 * _tandem_window_stop_watching:
 *
 * Stops watching the file and withdraws this window's presence.
 */
void
_tandem_window_stop_watching (TandemWindow *self)
{
  g_assert (TANDEM_IS_WINDOW (self));

  if (self->sync_cancellable != NULL)
    g_cancellable_cancel (self->sync_cancellable);
  g_clear_object (&self->sync_cancellable);
  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->monitor, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }
  g_clear_handle_id (&self->check_timeout, g_source_remove);
  g_clear_handle_id (&self->presence_timeout, g_source_remove);
  if (self->watched_file != NULL)
    tandem_presence_remove (self->watched_file);
  g_clear_object (&self->watched_file);
  self->syncing = FALSE;
  self->checking = FALSE;
}

/**
 * _tandem_window_watch:
 *
 * Watches the workspace's file, if it has one: called whenever the
 * workspace or its file changes.
 */
void
_tandem_window_watch (TandemWindow *self)
{
  GFile *file;

  g_assert (TANDEM_IS_WINDOW (self));

  file = self->workspace != NULL ? tandem_workspace_get_file (self->workspace) : NULL;
  if (file != NULL && self->watched_file != NULL && g_file_equal (file, self->watched_file))
    return;

  _tandem_window_stop_watching (self);
  if (file == NULL)
    {
      update_presence (self);
      return;
    }

  self->watched_file = g_object_ref (file);
  self->sync_cancellable = g_cancellable_new ();
  self->monitor = g_file_monitor_file (file, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
  if (self->monitor != NULL)
    g_signal_connect (self->monitor, "changed", G_CALLBACK (monitor_changed_cb), self);
  self->check_timeout = g_timeout_add_seconds (CHECK_SECONDS, check_timeout_cb, self);
  g_clear_pointer (&self->opened, g_date_time_unref);
  self->opened = g_date_time_new_now_utc ();
  self->presence_timeout = g_timeout_add_seconds (PRESENCE_SECONDS, presence_timeout_cb, self);
  update_presence (self);
  check_conflicts (self);
}

/* Conflicts, one dialog each */

static char *
shorten (const char *text)
{
  if (text == NULL)
    return g_strdup (_("(empty)"));
  if (g_utf8_strlen (text, -1) <= 200)
    return g_strdup (text);
  {
    g_autofree char *start = g_utf8_substring (text, 0, 200);

    return g_strconcat (start, "…", NULL);
  }
}

static void
conflict_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      TandemWindow     *self)
{
  TandemConflict *conflict = g_object_get_data (G_OBJECT (dialog), "conflict");
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "entry");
  g_autoptr(GError) error = NULL;
  TandemSide choice;

  if (g_strcmp0 (response, "later") == 0 || g_strcmp0 (response, "close") == 0)
    return;
  choice = g_strcmp0 (response, "mine") == 0 ? TANDEM_SIDE_MINE
         : g_strcmp0 (response, "theirs") == 0 ? TANDEM_SIDE_THEIRS
         : TANDEM_SIDE_NONE;
  if (!tandem_workspace_resolve_conflict (self->workspace, conflict, choice,
                                          entry != NULL ? gtk_editable_get_text (entry) : NULL,
                                          &error))
    show_toast (self, error->message);
  /* The next one, if any. */
  g_idle_add_once ((GSourceOnceFunc) check_conflicts, self);
}

static const char *
object_title (TandemWorkspace *workspace,
              TandemObject    *conflict)
{
  TandemObject *object = tandem_workspace_lookup (workspace, tandem_object_get_string (conflict, "object"));
  TandemObjectClass *klass;

  if (object == NULL)
    return tandem_object_get_string (conflict, "object");
  klass = TANDEM_OBJECT_GET_CLASS (object);
  for (const char * const *field = (const char *[]) { "title", "name", "customer", NULL }; *field; field++)
    if (tandem_object_class_find_field (klass, *field, NULL) != NULL &&
        tandem_object_get_string (object, *field) != NULL)
      return tandem_object_get_string (object, *field);
  return tandem_object_get_id (object);
}

/* Puts the first unresolved conflict to the user; each answer brings the next. */
static void
check_conflicts (TandemWindow *self)
{
  GListModel *conflicts = G_LIST_MODEL (tandem_workspace_get_conflicts (self->workspace));
  g_autoptr(TandemObject) conflict = NULL;
  g_autofree char *mine = NULL;
  g_autofree char *theirs = NULL;
  AdwMessageDialog *dialog;
  const char *field;

  if (g_list_model_get_n_items (conflicts) == 0 || self->dialog != NULL)
    return;

  conflict = g_list_model_get_item (conflicts, 0);
  field = tandem_object_get_string (conflict, "field");
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (NULL, NULL, NULL));
  g_object_set_data_full (G_OBJECT (dialog), "conflict", g_object_ref (conflict), g_object_unref);

  if (field != NULL)
    {
      GtkWidget *entry = gtk_entry_new ();

      mine = shorten (tandem_object_get_string (conflict, "mine"));
      theirs = shorten (tandem_object_get_string (conflict, "theirs"));
      adw_message_dialog_format_heading (dialog, _("Both Changed “%s”"), object_title (self->workspace, conflict));
      adw_message_dialog_format_body (dialog,
                                      _("Its %s was changed both here and by someone else.\n\n"
                                        "Yours: %s\nTheirs: %s\n\nKeep one, or write the value to keep."),
                                      field, mine, theirs);
      gtk_editable_set_text (GTK_EDITABLE (entry), tandem_object_get_string (conflict, "mine") ?: "");
      gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Value to keep"), -1);
      adw_message_dialog_set_extra_child (dialog, entry);
      g_object_set_data (G_OBJECT (dialog), "entry", entry);
      adw_message_dialog_add_responses (dialog,
                                        "later", _("_Later"),
                                        "edited", _("Keep _Written Value"),
                                        "theirs", _("Take _Theirs"),
                                        "mine", _("Keep _Yours"),
                                        NULL);
      adw_message_dialog_set_response_appearance (dialog, "mine", ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (dialog, "mine");
    }
  else
    {
      gboolean deleted_here = tandem_object_get_int (conflict, "deleted-by") == TANDEM_SIDE_MINE;

      adw_message_dialog_format_heading (dialog, _("Keep “%s”?"), object_title (self->workspace, conflict));
      adw_message_dialog_set_body (dialog, deleted_here
                                   ? _("You deleted it, but someone else changed it meanwhile.")
                                   : _("Someone else deleted it, but you changed it meanwhile."));
      adw_message_dialog_add_responses (dialog,
                                        "later", _("_Later"),
                                        deleted_here ? "mine" : "theirs", _("_Delete"),
                                        deleted_here ? "theirs" : "mine", _("_Keep"),
                                        NULL);
      adw_message_dialog_set_response_appearance (dialog, deleted_here ? "mine" : "theirs",
                                                  ADW_RESPONSE_DESTRUCTIVE);
    }
  adw_message_dialog_set_close_response (dialog, "later");
  g_signal_connect_object (dialog, "response", G_CALLBACK (conflict_response_cb), self, 0);
  _tandem_window_present_dialog (self, dialog);
}
