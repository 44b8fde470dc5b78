/* tandem-application.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-application"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-application.h"
#include "tandem-draft.h"
#include "tandem-preferences-window.h"
#include "tandem-window.h"

/* The application: one window per workspace, app-wide actions and their
 * accelerators, opening files handed over by the command line or the file
 * manager, and at start offering to recover the drafts of unsaved changes
 * that an earlier run left when it crashed. */

struct _TandemApplication
{
  AdwApplication parent_instance;

  gint64         started;
  gboolean       exit_after_startup;
  gboolean       watching_first_frame;
  gboolean       looked_for_drafts;

  /* Orphaned drafts still to offer, oldest last. */
  GPtrArray     *orphans;
};

G_DEFINE_FINAL_TYPE (TandemApplication, tandem_application, ADW_TYPE_APPLICATION)

static TandemWindow *
get_active_window (TandemApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  return TANDEM_IS_WINDOW (window) ? TANDEM_WINDOW (window) : NULL;
}

static void
after_paint_cb (GdkFrameClock     *frame_clock,
                TandemApplication *self)
{
  /* A window that is still opening its file has not shown it yet. */
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (TANDEM_IS_WINDOW (l->data) && tandem_window_get_busy (l->data))
      return;

  g_debug ("First frame drawn after %.1f ms, quitting",
           (g_get_monotonic_time () - self->started) / 1000.0);
  g_signal_handlers_disconnect_by_func (frame_clock, after_paint_cb, self);
  g_application_quit (G_APPLICATION (self));
}

/* With --exit-after-startup, quits once the first window has drawn its workspace. */
static void
watch_first_frame (TandemApplication *self,
                   TandemWindow      *window)
{
  GdkFrameClock *frame_clock;

  if (!self->exit_after_startup || self->watching_first_frame)
    return;

  frame_clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  g_return_if_fail (frame_clock != NULL);

  self->watching_first_frame = TRUE;
  g_signal_connect_object (frame_clock, "after-paint", G_CALLBACK (after_paint_cb), self, 0);
}

static void offer_next_orphan (TandemApplication *self);

static gboolean
offer_next_orphan_idle_cb (gpointer data)
{
  offer_next_orphan (data);
  return G_SOURCE_REMOVE;
}

static void
orphan_response_cb (AdwMessageDialog  *dialog,
                    const char        *response,
                    TandemApplication *self)
{
  /* Once this dialog has gone. */
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, offer_next_orphan_idle_cb, g_object_ref (self),
                   g_object_unref);
}

/* Asks about the orphaned drafts one at a time, over the active window. */
static void
offer_next_orphan (TandemApplication *self)
{
  g_autoptr(TandemDraft) draft = NULL;
  TandemWindow *window;
  AdwMessageDialog *dialog;

  window = get_active_window (self);
  if (self->orphans == NULL || self->orphans->len == 0 || window == NULL)
    {
      g_clear_pointer (&self->orphans, g_ptr_array_unref);
      return;
    }

  draft = g_ptr_array_steal_index (self->orphans, 0);
  dialog = tandem_window_offer_recovery (window, draft);
  g_signal_connect_object (dialog, "response", G_CALLBACK (orphan_response_cb), self,
                           G_CONNECT_AFTER);
}

static void
list_orphans_cb (GObject      *source_object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(TandemApplication) self = user_data;
  g_autoptr(GError) error = NULL;
  GPtrArray *orphans = tandem_draft_list_orphans_finish (result, &error);

  if (orphans == NULL)
    {
      g_warning ("Could not look for unsaved changes to recover: %s", error->message);
      return;
    }
  g_clear_pointer (&self->orphans, g_ptr_array_unref);
  self->orphans = orphans;
  offer_next_orphan (self);
}

static TandemWindow *
new_window (TandemApplication *self)
{
  TandemWindow *window = tandem_window_new (GTK_APPLICATION (self));

  gtk_window_present (GTK_WINDOW (window));
  watch_first_frame (self, window);

  /* Once per run, when there is a window to ask over; a startup benchmark
   * is not asked anything. */
  if (!self->looked_for_drafts && !self->exit_after_startup)
    {
      self->looked_for_drafts = TRUE;
      tandem_draft_list_orphans_async (NULL, list_orphans_cb, g_object_ref (self));
    }
  return window;
}

static void
tandem_application_activate (GApplication *application)
{
  new_window (TANDEM_APPLICATION (application));
}

static void
tandem_application_open (GApplication  *application,
                         GFile        **files,
                         int            n_files,
                         const char    *hint)
{
  TandemApplication *self = TANDEM_APPLICATION (application);

  for (int i = 0; i < n_files; i++)
    {
      TandemWindow *window = get_active_window (self);

      if (window == NULL)
        tandem_window_load_file (new_window (self), files[i]);
      else
        tandem_window_open_file (window, files[i]);
    }
}

static int
tandem_application_handle_local_options (GApplication *application,
                                         GVariantDict *options)
{
  TandemApplication *self = TANDEM_APPLICATION (application);

  if (g_variant_dict_contains (options, "exit-after-startup"))
    self->exit_after_startup = TRUE;

  return -1;
}

static void
new_action (GSimpleAction *action,
            GVariant      *parameter,
            gpointer       user_data)
{
  new_window (TANDEM_APPLICATION (user_data));
}

static void
open_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  TandemApplication *self = TANDEM_APPLICATION (user_data);
  TandemWindow *window = get_active_window (self);

  if (window == NULL)
    window = new_window (self);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open", NULL);
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  TandemApplication *self = TANDEM_APPLICATION (user_data);
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));

  gtk_window_present (GTK_WINDOW (tandem_preferences_window_new (parent)));
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  TandemApplication *self = TANDEM_APPLICATION (user_data);
  const char *developers[] = { _("The Tandem developers"), NULL };

  adw_show_about_window (gtk_application_get_active_window (GTK_APPLICATION (self)),
                         "application-name", _("Tandem"),
                         "application-icon", APPLICATION_ID,
                         "version", PACKAGE_VERSION,
                         "developer-name", _("The Tandem developers"),
                         "developers", developers,
                         "website", "https://tandemplanner.github.io",
                         "copyright", _("© 2026 The Tandem developers"),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         /* Translators: your names, one per line, to be credited in About. */
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void
shortcuts_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  TandemWindow *window = get_active_window (TANDEM_APPLICATION (user_data));

  /* GtkApplication gives each window the shortcuts window of gtk/help-overlay.ui. */
  if (window != NULL)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GtkApplication *application = GTK_APPLICATION (user_data);
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (application));

  /* Each window asks about its own unsaved changes; the application ends
   * with its last window, and a window whose question is cancelled keeps it
   * running. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
}

static const GActionEntry app_actions[] = {
  { .name = "new", .activate = new_action },
  { .name = "open", .activate = open_action },
  { .name = "preferences", .activate = preferences_action },
  { .name = "about", .activate = about_action },
  { .name = "shortcuts", .activate = shortcuts_action },
  { .name = "quit", .activate = quit_action },
};

static const struct {
  const char *action;
  const char *accels[3];
} accelerators[] = {
  { "app.new", { "<Control>n", NULL } },
  { "app.open", { "<Control>o", NULL } },
  { "app.preferences", { "<Control>comma", NULL } },
  { "app.shortcuts", { "<Control>question", NULL } },
  { "app.quit", { "<Control>q", NULL } },
  { "win.save", { "<Control>s", NULL } },
  { "win.save-as", { "<Shift><Control>s", NULL } },
  { "win.undo", { "<Control>z", NULL } },
  { "win.redo", { "<Shift><Control>z", "<Control>y", NULL } },
  { "win.close", { "<Control>w", NULL } },
  /* app.shortcuts carries the accelerator GtkApplication gives this one. */
  { "win.show-help-overlay", { NULL } },
};

static void
tandem_application_startup (GApplication *application)
{
  G_APPLICATION_CLASS (tandem_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (application), app_actions,
                                   G_N_ELEMENTS (app_actions), application);
  for (guint i = 0; i < G_N_ELEMENTS (accelerators); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (application),
                                           accelerators[i].action, accelerators[i].accels);
}

static void
tandem_application_dispose (GObject *object)
{
  TandemApplication *self = TANDEM_APPLICATION (object);

  g_clear_pointer (&self->orphans, g_ptr_array_unref);

  G_OBJECT_CLASS (tandem_application_parent_class)->dispose (object);
}

static void
tandem_application_class_init (TandemApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = tandem_application_dispose;

  app_class->activate = tandem_application_activate;
  app_class->open = tandem_application_open;
  app_class->startup = tandem_application_startup;
  app_class->handle_local_options = tandem_application_handle_local_options;
}

static void
tandem_application_init (TandemApplication *self)
{
  const GOptionEntry entries[] = {
    { "exit-after-startup", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
      N_("Quit as soon as the first window has drawn its workspace"), NULL },
    { NULL }
  };

  self->started = g_get_monotonic_time ();
  g_application_add_main_option_entries (G_APPLICATION (self), entries);
}

TandemApplication *
tandem_application_new (const char        *application_id,
                        GApplicationFlags  flags)
{
  g_return_val_if_fail (application_id != NULL, NULL);

  return g_object_new (TANDEM_TYPE_APPLICATION,
                       "application-id", application_id,
                       "flags", flags,
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
}
