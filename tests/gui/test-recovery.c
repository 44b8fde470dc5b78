/* test-recovery.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "tandem-application.h"
#include "tandem-draft.h"
#include "tandem-file.h"
#include "tandem-window-private.h"
#include "gui-test-utils.h"

/* Recovering unsaved changes under Xvfb: a draft left by a run that crashed
 * is offered when the application starts, and recovering it gives a dirty
 * window that saves to the original file.  XDG_DATA_HOME is a temporary
 * directory, so the drafts are the test's own. */


static TandemApplication *application;
static char *tmpdir;

static guint
n_windows (void)
{
  return g_list_length (gtk_application_get_windows (GTK_APPLICATION (application)));
}

/* The first Tandem window with a dialog on it, or NULL. */
static TandemWindow *
window_with_dialog (void)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (application)); l != NULL; l = l->next)
    if (TANDEM_IS_WINDOW (l->data) && _tandem_window_get_dialog (l->data) != NULL)
      return l->data;
  return NULL;
}

/* The Tandem window that shows a workspace with @title, or NULL. */
static TandemWindow *
window_with_title (const char *title)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (application)); l != NULL; l = l->next)
    if (TANDEM_IS_WINDOW (l->data) && !tandem_window_get_busy (l->data) &&
        g_strcmp0 (tandem_object_get_string (TANDEM_OBJECT (tandem_window_get_workspace (l->data)),
                                             "title"), title) == 0)
      return l->data;
  return NULL;
}

static void
destroy_windows (void)
{
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (application)));

  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_destroy (l->data);
  WAIT_FOR (n_windows () == 0);
}

/* A saved workspace at @name and, as a crashed run would leave it, a draft
 * of it retitled @title; returns the file. */
static GFile *
leave_draft (const char *name,
             const char *title)
{
  g_autofree char *path = g_build_filename (tmpdir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(TandemWorkspace) saved = tandem_workspace_new_untitled ();
  g_autoptr(TandemWorkspace) edited = NULL;
  g_autoptr(GError) error = NULL;
  TandemDraft *draft;

  g_assert_true (tandem_workspace_set (saved, saved, "title", "As saved", NULL));
  g_assert_true (tandem_file_save (saved, file, NULL, &error));
  g_assert_no_error (error);

  edited = tandem_file_load (file, NULL, &error);
  g_assert_no_error (error);
  draft = tandem_draft_new (edited);
  g_assert_true (tandem_workspace_set (edited, edited, "title", title, NULL));
  g_assert_true (tandem_draft_flush (draft, &error));
  g_assert_no_error (error);
  /* Dropped while dirty, its lock goes and its files stay: an orphan. */
  g_object_unref (draft);
  return g_steal_pointer (&file);
}

static guint
n_drafts (void)
{
  g_autofree char *directory = tandem_draft_dup_directory ();
  g_autoptr(GDir) dir = g_dir_open (directory, 0, NULL);
  guint n = 0;

  while (dir != NULL && g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

static char *
title_on_disk (GFile *file)
{
  g_autoptr(TandemWorkspace) workspace = NULL;
  g_autoptr(GError) error = NULL;

  workspace = tandem_file_load (file, NULL, &error);
  g_assert_no_error (error);
  return g_strdup (tandem_object_get_string (TANDEM_OBJECT (workspace), "title"));
}

/* Starting the application offers the draft; Recover opens it, dirty and
 * belonging to its file, and Save writes that file and removes the draft. */
static void
test_recover_at_start (void)
{
  g_autoptr(GFile) file = leave_draft ("recover.tandem", "Recovered at start");
  g_autofree char *saved_title = NULL;
  TandemWindow *window;
  AdwMessageDialog *dialog;
  const char *body;

  g_assert_cmpuint (n_drafts (), ==, 1);
  g_application_activate (G_APPLICATION (application));
  WAIT_FOR (window_with_dialog () != NULL);
  window = window_with_dialog ();
  dialog = _tandem_window_get_dialog (window);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Recover Unsaved Changes?");
  body = adw_message_dialog_get_body (dialog);
  if (strstr (body, "“Recovered at start” (recover.tandem)") == NULL)
    g_error ("the dialog does not say which workspace: %s", body);
  g_assert_true (adw_message_dialog_has_response (dialog, "recover"));
  g_assert_true (adw_message_dialog_has_response (dialog, "discard"));
  g_assert_cmpint (adw_message_dialog_get_response_appearance (dialog, "discard"), ==,
                   ADW_RESPONSE_DESTRUCTIVE);
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "recover");

  /* The window the application opened was untouched: it takes the draft. */
  gui_test_click_response (dialog, "recover");
  WAIT_FOR (window_with_title ("Recovered at start") != NULL);
  g_assert_true (window_with_title ("Recovered at start") == window);
  g_assert_cmpuint (n_windows (), ==, 1);
  g_assert_true (tandem_workspace_get_dirty (tandem_window_get_workspace (window)));
  g_assert_true (g_file_equal (tandem_window_get_file (window), file));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "• Recovered at start");
  g_assert_null (_tandem_window_get_dialog (window));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  WAIT_FOR (!tandem_window_get_busy (window));
  g_assert_null (_tandem_window_get_dialog (window));
  g_assert_false (tandem_workspace_get_dirty (tandem_window_get_workspace (window)));
  saved_title = title_on_disk (file);
  g_assert_cmpstr (saved_title, ==, "Recovered at start");
  g_assert_cmpuint (n_drafts (), ==, 0);

  destroy_windows ();
}

/* Offers the one orphan there is over a new window. */
static AdwMessageDialog *
offer_orphan (TandemWindow *window)
{
  g_autoptr(GPtrArray) orphans = NULL;
  g_autoptr(GError) error = NULL;

  orphans = tandem_draft_list_orphans (NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (orphans->len, ==, 1);
  return tandem_window_offer_recovery (window, g_ptr_array_index (orphans, 0));
}

/* Discard removes the draft and leaves the window as it was. */
static void
test_discard (void)
{
  g_autoptr(GFile) file = leave_draft ("discard.tandem", "Thrown away");
  TandemWindow *window = tandem_window_new (GTK_APPLICATION (application));
  TandemWorkspace *untitled = tandem_window_get_workspace (window);
  g_autofree char *saved_title = NULL;
  AdwMessageDialog *dialog;

  gtk_window_present (GTK_WINDOW (window));
  dialog = offer_orphan (window);
  g_assert_true (_tandem_window_get_dialog (window) == dialog);
  gui_test_click_response (dialog, "discard");
  WAIT_FOR (_tandem_window_get_dialog (window) == NULL);
  g_assert_cmpuint (n_drafts (), ==, 0);
  g_assert_true (tandem_window_get_workspace (window) == untitled);
  saved_title = title_on_disk (file);
  g_assert_cmpstr (saved_title, ==, "As saved");

  destroy_windows ();
}

/* A recovered workspace still refuses to overwrite what someone else saved
 * after the draft was written; a window that is in use gets a new one. */
static void
test_recover_changed_on_disk (void)
{
  g_autoptr(GFile) file = leave_draft ("changed.tandem", "Recovered, but stale");
  g_autoptr(TandemWorkspace) theirs = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *on_disk = NULL;
  TandemWindow *window = tandem_window_new (GTK_APPLICATION (application));
  TandemWindow *recovered;
  AdwMessageDialog *dialog;
  guint64 mtime;

  /* Someone else saves the file, visibly even with coarse times. */
  theirs = tandem_file_load (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (tandem_workspace_set (theirs, theirs, "title", "Theirs", NULL));
  g_assert_true (tandem_file_save (theirs, file, NULL, &error));
  g_assert_no_error (error);
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_TIME_MODIFIED, G_FILE_QUERY_INFO_NONE, NULL, &error);
  g_assert_no_error (error);
  mtime = g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED);
  g_assert_true (g_file_set_attribute_uint64 (file, G_FILE_ATTRIBUTE_TIME_MODIFIED, mtime + 60,
                                              G_FILE_QUERY_INFO_NONE, NULL, &error));

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (tandem_workspace_set (tandem_window_get_workspace (window),
                                       tandem_window_get_workspace (window),
                                       "title", "In use", NULL));
  dialog = offer_orphan (window);
  gui_test_click_response (dialog, "recover");
  WAIT_FOR (window_with_title ("Recovered, but stale") != NULL);
  recovered = window_with_title ("Recovered, but stale");
  g_assert_true (recovered != window);
  g_assert_cmpuint (n_windows (), ==, 2);

  /* The save finds their save: with no base to merge against (the draft's
   * edits were made on a version nobody kept), every difference is put to
   * the user rather than decided. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (recovered), "win.save", NULL));
  WAIT_FOR (_tandem_window_get_dialog (recovered) != NULL);
  dialog = _tandem_window_get_dialog (recovered);
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_heading (dialog), "Both Changed"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Recovered, but stale"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Theirs"));
  g_assert_true (tandem_workspace_get_dirty (tandem_window_get_workspace (recovered)));
  on_disk = title_on_disk (file);
  g_assert_cmpstr (on_disk, ==, "Theirs");
  /* The edits are still kept against a crash. */
  g_assert_cmpuint (n_drafts (), >=, 1);

  gui_test_click_response (dialog, "later");
  WAIT_FOR (_tandem_window_get_dialog (recovered) == NULL);
  destroy_windows ();
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);

  for (const char *name; dir != NULL && (name = g_dir_read_name (dir)) != NULL; )
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  if (!gui_test_init (&argc, &argv, "recovery", &tmpdir))
    return 0;

  application = tandem_application_new ("io.github.tandemplanner.Tandem.RecoveryTest",
                                        G_APPLICATION_NON_UNIQUE);
  gui_test_register (G_APPLICATION (application));

  /* In this order: the application offers drafts when it first starts. */
  g_test_add_func ("/gui/recovery/recover-at-start", test_recover_at_start);
  g_test_add_func ("/gui/recovery/discard", test_discard);
  g_test_add_func ("/gui/recovery/recover-changed-on-disk", test_recover_changed_on_disk);

  status = g_test_run ();

  g_clear_object (&application);
  remove_tree (tmpdir);
  g_free (tmpdir);
  return status;
}
