/* tandem-window-files.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tandem-file.h"
#include "tandem-gui.h"
#include "tandem-window-private.h"

/* Opening, saving and closing a window's workspace.  All file I/O is async;
 * a failure is reported in a dialog and never changes what the window shows. */

static AdwMessageDialog *
new_message_dialog (const char *heading,
                    const char *body)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (NULL, heading, body));

  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  adw_message_dialog_set_default_response (dialog, "close");
  adw_message_dialog_set_close_response (dialog, "close");
  return dialog;
}

static char *
dup_display_name (GFile *file)
{
  g_autofree char *basename = g_file_get_basename (file);

  return g_filename_display_name (basename);
}

/* Opening */

typedef struct
{
  TandemWindow *self;
  GFile        *file;
  GCancellable *cancellable;
  GWeakRef      origin;
} LoadData;

static void
load_data_free (LoadData *data)
{
  g_clear_object (&data->self);
  g_clear_object (&data->file);
  g_clear_object (&data->cancellable);
  g_weak_ref_clear (&data->origin);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LoadData, load_data_free)

static void
show_open_error (TandemWindow *self,
                 const GError *error)
{
  AdwMessageDialog *dialog = new_message_dialog (_("Could Not Open Workspace"), error->message);

  _tandem_window_present_dialog (self, dialog);
}

static void
load_cb (GObject      *source_object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(LoadData) data = user_data;
  g_autoptr(TandemWindow) origin = g_weak_ref_get (&data->origin);
  g_autoptr(TandemWorkspace) workspace = NULL;
  g_autoptr(GError) error = NULL;
  TandemWindow *self = data->self;

  workspace = tandem_file_load_finish (result, &error);

  /* A load that was cancelled and replaced by another no longer speaks for the window. */
  if (self->loading_cancellable != data->cancellable)
    return;

  g_clear_object (&self->loading_cancellable);
  g_clear_object (&self->loading_file);
  gtk_spinner_stop (self->loading_spinner);
  gtk_stack_set_visible_child_name (self->main_stack, "workspace");

  if (workspace != NULL)
    {
      _tandem_window_set_workspace (self, workspace, NULL);
      _tandem_window_add_recent (self, data->file);
      _tandem_window_notify_busy (self);
      return;
    }

  _tandem_window_notify_busy (self);

  /* A window opened only for this file goes away again, and the window the
   * user opened it from reports why. */
  if (origin != NULL && origin != self)
    {
      gtk_window_destroy (GTK_WINDOW (self));
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_open_error (origin, error);
      return;
    }

  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    show_open_error (self, error);
}

/* Loads @file into @self.  @origin, when not @self, is the window the user
 * asked from: @self was made for this file and closes again if loading fails. */
void
_tandem_window_load (TandemWindow *self,
                     GFile        *file,
                     TandemWindow *origin)
{
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  LoadData *data;

  g_assert (TANDEM_IS_WINDOW (self));
  g_assert (G_IS_FILE (file));
  g_assert (origin == NULL || TANDEM_IS_WINDOW (origin));

  _tandem_window_cancel_load (self);

  self->loading_cancellable = g_cancellable_new ();
  g_set_object (&self->loading_file, file);

  name = dup_display_name (file);
  /* Translators: %s is a file name. */
  title = g_strdup_printf (_("Opening “%s”…"), name);
  adw_status_page_set_title (self->loading_page, title);
  gtk_spinner_start (self->loading_spinner);
  gtk_stack_set_visible_child_name (self->main_stack, "loading");
  _tandem_window_notify_busy (self);

  data = g_new0 (LoadData, 1);
  data->self = g_object_ref (self);
  data->file = g_object_ref (file);
  data->cancellable = g_object_ref (self->loading_cancellable);
  g_weak_ref_init (&data->origin, origin);

  tandem_file_load_async (file, self->loading_cancellable, load_cb, data);
}

void
_tandem_window_cancel_load (TandemWindow *self)
{
  g_assert (TANDEM_IS_WINDOW (self));

  /* The callback still runs, sees the load was replaced and does nothing. */
  if (self->loading_cancellable == NULL)
    return;

  g_cancellable_cancel (self->loading_cancellable);
  g_clear_object (&self->loading_cancellable);
  g_clear_object (&self->loading_file);
  gtk_spinner_stop (self->loading_spinner);
  gtk_stack_set_visible_child_name (self->main_stack, "workspace");
  _tandem_window_notify_busy (self);
}

static void
open_response_cb (GtkNativeDialog *native,
                  int              response,
                  TandemWindow    *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

      if (file != NULL)
        tandem_window_open_file (self, file);
    }

  g_object_unref (native);
}

void
_tandem_window_open (TandemWindow *self)
{
  GtkFileChooserNative *native;
  g_autoptr(GtkFileFilter) filter = tandem_gui_new_workspace_filter ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  g_assert (TANDEM_IS_WINDOW (self));

  native = gtk_file_chooser_native_new (_("Open Workspace"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);

  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), all);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (native), filter);

  g_signal_connect_object (native, "response", G_CALLBACK (open_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/* Saving */

typedef struct
{
  TandemWindow *self;
  GFile        *file;
  gboolean      close_after;
} SaveData;

static void
save_data_free (SaveData *data)
{
  g_clear_object (&data->self);
  g_clear_object (&data->file);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SaveData, save_data_free)

static void
show_save_error (TandemWindow *self,
                 const GError *error)
{
  _tandem_window_present_dialog (self, new_message_dialog (_("Could Not Save Workspace"),
                                                           error->message));
}

static void
save_cb (GObject      *source_object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(SaveData) data = user_data;
  g_autoptr(GError) error = NULL;
  TandemWindow *self = data->self;

  self->saving--;

  if (!tandem_file_save_finish (TANDEM_WORKSPACE (source_object), result, &error))
    {
      _tandem_window_notify_busy (self);
      /* Someone else saved meanwhile: nothing was overwritten.  Take their
       * changes in, then save again unless a conflict needs the user. */
      if (g_error_matches (error, TANDEM_FORMAT_ERROR, TANDEM_FORMAT_ERROR_CHANGED_ON_DISK))
        _tandem_window_sync (self, TRUE, data->close_after);
      else
        show_save_error (self, error);
      return;
    }

  _tandem_window_add_recent (self, data->file);
  _tandem_window_notify_busy (self);

  if (data->close_after)
    gtk_window_close (GTK_WINDOW (self));
}

static void
save_to_file (TandemWindow *self,
              GFile        *file,
              gboolean      close_after)
{
  SaveData *data;

  g_assert (TANDEM_IS_WINDOW (self));
  g_assert (G_IS_FILE (file));

  data = g_new0 (SaveData, 1);
  data->self = g_object_ref (self);
  data->file = g_object_ref (file);
  data->close_after = close_after;

  self->saving++;
  _tandem_window_notify_busy (self);
  tandem_file_save_async (self->workspace, file, NULL, save_cb, data);
}

void
_tandem_window_save (TandemWindow *self,
                     gboolean      close_after)
{
  GFile *file;

  g_assert (TANDEM_IS_WINDOW (self));

  file = tandem_workspace_get_file (self->workspace);
  if (file == NULL)
    _tandem_window_save_as (self, close_after);
  else
    save_to_file (self, file, close_after);
}

typedef struct
{
  TandemWindow *self;
  GFile        *file;
  gboolean      close_after;
} ReplaceData;

static void
replace_data_free (gpointer data,
                   GClosure *closure)
{
  ReplaceData *replace = data;

  g_clear_object (&replace->self);
  g_clear_object (&replace->file);
  g_free (replace);
}

static void
replace_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     ReplaceData      *replace)
{
  if (g_strcmp0 (response, "replace") == 0)
    save_to_file (replace->self, replace->file, replace->close_after);
}

/* The file chooser confirmed replacing the name the user typed; when the
 * suffix was added here, the name with it is confirmed here. */
static void
confirm_replace (TandemWindow *self,
                 GFile        *file,
                 gboolean      close_after)
{
  g_autofree char *name = dup_display_name (file);
  AdwMessageDialog *dialog;
  ReplaceData *replace;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (NULL, NULL, NULL));
  /* Translators: %s is a file name. */
  adw_message_dialog_format_heading (dialog, _("Replace “%s”?"), name);
  adw_message_dialog_set_body (dialog, _("A file with this name already exists. Replacing it "
                                         "overwrites its contents."));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "replace", _("_Replace"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "replace", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");

  replace = g_new0 (ReplaceData, 1);
  replace->self = g_object_ref (self);
  replace->file = g_object_ref (file);
  replace->close_after = close_after;
  g_signal_connect_data (dialog, "response", G_CALLBACK (replace_response_cb), replace,
                         replace_data_free, 0);

  _tandem_window_present_dialog (self, dialog);
}

static void
save_as_response_cb (GtkNativeDialog *native,
                     int              response,
                     TandemWindow    *self)
{
  gboolean close_after = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (native), "close-after"));
  g_autoptr(GFile) file = NULL;
  g_autofree char *basename = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
  g_object_unref (native);

  if (file == NULL)
    return;

  basename = g_file_get_basename (file);
  if (!g_str_has_suffix (basename, TANDEM_FILE_SUFFIX))
    {
      g_autoptr(GFile) parent = g_file_get_parent (file);
      g_autofree char *with_suffix = g_strconcat (basename, TANDEM_FILE_SUFFIX, NULL);

      g_object_unref (file);
      file = g_file_get_child (parent, with_suffix);
      if (g_file_query_exists (file, NULL))
        {
          confirm_replace (self, file, close_after);
          return;
        }
    }

  save_to_file (self, file, close_after);
}

/* A file name from the workspace title, without characters file systems refuse. */
static char *
suggest_file_name (TandemWorkspace *workspace)
{
  const char *title = tandem_object_get_string (TANDEM_OBJECT (workspace), "title");
  g_autofree char *name = g_strdup (title != NULL && title[0] != '\0' ? title
                                                                      : _("Untitled workspace"));

  g_strdelimit (name, "/\\:*?\"<>|", '-');
  return g_strconcat (name, TANDEM_FILE_SUFFIX, NULL);
}

void
_tandem_window_save_as (TandemWindow *self,
                        gboolean      close_after)
{
  GtkFileChooserNative *native;
  g_autoptr(GtkFileFilter) filter = tandem_gui_new_workspace_filter ();
  GFile *current;

  g_assert (TANDEM_IS_WINDOW (self));

  native = gtk_file_chooser_native_new (_("Save Workspace"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);

  current = tandem_workspace_get_file (self->workspace);
  if (current != NULL)
    gtk_file_chooser_set_file (GTK_FILE_CHOOSER (native), current, NULL);
  else
    {
      g_autofree char *name = suggest_file_name (self->workspace);

      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
    }

  g_object_set_data (G_OBJECT (native), "close-after", GINT_TO_POINTER (close_after));
  g_signal_connect_object (native, "response", G_CALLBACK (save_as_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/* Closing */

static gboolean
close_idle_cb (gpointer data)
{
  gtk_window_close (GTK_WINDOW (data));
  return G_SOURCE_REMOVE;
}

static void
save_changes_response_cb (AdwMessageDialog *dialog,
                          const char       *response,
                          TandemWindow     *self)
{
  /* The dialog still points at its transient parent until the response has
   * been handled, so the window must outlive this handler: destroying it here
   * makes GTK touch the freed window when the dialog goes. */
  if (g_strcmp0 (response, "discard") == 0)
    {
      tandem_draft_discard (self->draft);
      self->close_confirmed = TRUE;
      g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, close_idle_cb, g_object_ref (self),
                       g_object_unref);
    }
  else if (g_strcmp0 (response, "save") == 0)
    _tandem_window_save (self, TRUE);
}

/* Whether the window may close now; when its workspace has unsaved changes,
 * asks what to do with them and answers no for the moment. */
gboolean
_tandem_window_confirm_close (TandemWindow *self)
{
  AdwMessageDialog *dialog;
  const char *title;

  g_assert (TANDEM_IS_WINDOW (self));

  if (self->close_confirmed || !tandem_workspace_get_dirty (self->workspace))
    return TRUE;

  /* Asking twice would stack the same question. */
  if (self->dialog != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->dialog));
      return FALSE;
    }

  title = tandem_object_get_string (TANDEM_OBJECT (self->workspace), "title");
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (NULL, _("Save changes?"), NULL));
  adw_message_dialog_format_body (dialog,
                                  _("“%s” has changes that are not saved. Changes you discard "
                                    "cannot be recovered."),
                                  title != NULL ? title : "");
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (save_changes_response_cb), self, 0);

  _tandem_window_present_dialog (self, dialog);
  return FALSE;
}

/* Recovering */

typedef struct
{
  TandemWindow *self;
  GCancellable *cancellable;
} RecoverData;

static void
recover_data_free (RecoverData *data)
{
  g_clear_object (&data->self);
  g_clear_object (&data->cancellable);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RecoverData, recover_data_free)

static void
recover_cb (GObject      *source_object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(RecoverData) data = user_data;
  g_autoptr(TandemWorkspace) workspace = NULL;
  g_autoptr(GError) error = NULL;
  TandemDraft *draft = TANDEM_DRAFT (source_object);
  TandemWindow *self = data->self;

  workspace = tandem_draft_load_finish (draft, result, &error);

  if (self->loading_cancellable != data->cancellable)
    return;

  g_clear_object (&self->loading_cancellable);
  g_clear_object (&self->loading_file);
  gtk_spinner_stop (self->loading_spinner);
  gtk_stack_set_visible_child_name (self->main_stack, "workspace");

  if (workspace != NULL)
    {
      _tandem_window_set_workspace (self, workspace, draft);
      _tandem_window_notify_busy (self);
      return;
    }

  _tandem_window_notify_busy (self);
  /* The draft stays where it is, to be offered again at the next start. */
  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    _tandem_window_present_dialog (self, new_message_dialog (_("Could Not Recover Unsaved Changes"),
                                                             error->message));
}

/**
 * tandem_window_recover_draft:
 *
 * Reads an orphaned draft into this window: its workspace shows with its
 * unsaved changes, belonging to the file it came from, and @draft keeps
 * following it.
 */
void
tandem_window_recover_draft (TandemWindow *self,
                             TandemDraft  *draft)
{
  const char *title;
  g_autofree char *heading = NULL;
  RecoverData *data;

  g_return_if_fail (TANDEM_IS_WINDOW (self));
  g_return_if_fail (TANDEM_IS_DRAFT (draft));

  _tandem_window_cancel_load (self);
  self->loading_cancellable = g_cancellable_new ();
  if (tandem_draft_get_uri (draft) != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_uri (tandem_draft_get_uri (draft));

      g_set_object (&self->loading_file, file);
    }

  title = tandem_draft_get_title (draft);
  /* Translators: %s is the title of a workspace. */
  heading = g_strdup_printf (_("Recovering “%s”…"),
                             title != NULL && title[0] != '\0' ? title : _("Untitled workspace"));
  adw_status_page_set_title (self->loading_page, heading);
  gtk_spinner_start (self->loading_spinner);
  gtk_stack_set_visible_child_name (self->main_stack, "loading");
  _tandem_window_notify_busy (self);

  data = g_new0 (RecoverData, 1);
  data->self = g_object_ref (self);
  data->cancellable = g_object_ref (self->loading_cancellable);
  tandem_draft_load_async (draft, self->loading_cancellable, recover_cb, data);
}

static void
offer_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   TandemWindow     *self)
{
  TandemDraft *draft = g_object_get_data (G_OBJECT (dialog), "draft");

  if (g_strcmp0 (response, "recover") == 0)
    {
      TandemWindow *window = self;

      if (!tandem_window_is_pristine (self))
        {
          window = tandem_window_new (gtk_window_get_application (GTK_WINDOW (self)));
          gtk_window_present (GTK_WINDOW (window));
        }
      tandem_window_recover_draft (window, draft);
    }
  else if (g_strcmp0 (response, "discard") == 0)
    tandem_draft_discard (draft);
  /* Otherwise the dialog was dismissed: the draft is let go with it and
   * offered again at the next start. */
}

/**
 * tandem_window_offer_recovery:
 * @draft: an orphaned draft, claimed by tandem_draft_list_orphans()
 *
 * Asks, over this window, whether to recover the unsaved changes @draft
 * kept when Tandem last closed unexpectedly.  Recovering opens them in this
 * window when it is pristine, else in a new one.
 *
 * Returns: (transfer none): the dialog, to follow its response.
 */
AdwMessageDialog *
tandem_window_offer_recovery (TandemWindow *self,
                              TandemDraft  *draft)
{
  AdwMessageDialog *dialog;
  const char *title;
  const char *uri;
  GDateTime *modified;
  g_autofree char *name = NULL;
  g_autofree char *when = NULL;

  g_return_val_if_fail (TANDEM_IS_WINDOW (self), NULL);
  g_return_val_if_fail (TANDEM_IS_DRAFT (draft), NULL);

  title = tandem_draft_get_title (draft);
  uri = tandem_draft_get_uri (draft);
  if (title == NULL || title[0] == '\0')
    title = _("Untitled workspace");
  if (uri != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_uri (uri);
      g_autofree char *file_name = dup_display_name (file);

      /* Translators: a workspace title and, in brackets, its file name. */
      name = g_strdup_printf (_("“%s” (%s)"), title, file_name);
    }
  else
    name = g_strdup_printf (_("“%s”"), title);

  modified = tandem_draft_get_modified (draft);
  if (modified != NULL)
    {
      g_autoptr(GDateTime) local = g_date_time_to_local (modified);

      when = g_date_time_format (local, "%c");
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (NULL, _("Recover Unsaved Changes?"), NULL));
  if (when != NULL)
    /* Translators: the first %s is a workspace, the second a date and time. */
    adw_message_dialog_format_body (dialog,
                                    _("%s had changes that were not saved when Tandem last "
                                      "closed. They were kept on %s and can be recovered now."),
                                    name, when);
  else
    adw_message_dialog_format_body (dialog,
                                    _("%s had changes that were not saved when Tandem last "
                                      "closed. They can be recovered now."),
                                    name);
  adw_message_dialog_add_responses (dialog,
                                    "discard", _("_Discard"),
                                    "recover", _("_Recover"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "recover", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "recover");
  /* Escape decides nothing: the draft is offered again next time. */
  adw_message_dialog_set_close_response (dialog, "later");

  g_object_set_data_full (G_OBJECT (dialog), "draft", g_object_ref (draft), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (offer_response_cb), self, 0);
  _tandem_window_present_dialog (self, dialog);
  return dialog;
}
