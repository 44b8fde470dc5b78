/* test-window.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "tandem-file.h"
#include "tandem-gui.h"
#include "tandem-presence.h"
#include "tandem-window-private.h"
#include "gui-test-utils.h"

/* The main window under Xvfb: opening, the live summaries, undo, the unsaved
 * changes question, saving and the error dialogs.  The main loop is driven by
 * hand until a condition holds; a condition that never holds fails the test. */


static AdwApplication *application;
static char *tmpdir;
static GFile *fixture;

static TandemWindow *
open_window (GFile *file)
{
  TandemWindow *window = tandem_window_new (GTK_APPLICATION (application));

  gtk_window_present (GTK_WINDOW (window));
  tandem_window_load_file (window, file);
  g_assert_true (tandem_window_get_busy (window));
  WAIT_FOR (!tandem_window_get_busy (window));
  g_assert_null (_tandem_window_get_dialog (window));
  g_assert_true (tandem_window_has_file (window, file));
  return window;
}

static void
destroy_window (TandemWindow *window)
{
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_destroy (GTK_WINDOW (window));
  WAIT_FOR (window == NULL);
}

static GFile *
copy_fixture (const char *name)
{
  g_autofree char *path = g_build_filename (tmpdir, name, NULL);
  g_autoptr(GFile) copy = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_file_copy (fixture, copy, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  return g_steal_pointer (&copy);
}

static TandemObject *
first_item (TandemCollection *collection)
{
  TandemObject *item = g_list_model_get_item (G_LIST_MODEL (collection), 0);

  g_assert_nonnull (item);
  /* The collection keeps it alive. */
  g_object_unref (item);
  return item;
}

static char *
count_phrase (guint       n,
              const char *one,
              const char *many)
{
  return g_strdup_printf ("%u %s", n, n == 1 ? one : many);
}

/* The roadmap summary the window should show for @workspace, built from the
 * model independently of the window. */
static char *
expected_roadmap_summary (TandemWorkspace *workspace)
{
  g_autofree char *cards = NULL;
  g_autofree char *columns = NULL;
  g_autofree char *lanes = NULL;
  guint n_lanes = g_list_model_get_n_items (G_LIST_MODEL (tandem_workspace_get_lanes (workspace)));

  cards = count_phrase (g_list_model_get_n_items (G_LIST_MODEL (tandem_workspace_get_cards (workspace))),
                        "card", "cards");
  columns = count_phrase (g_list_model_get_n_items (G_LIST_MODEL (tandem_workspace_get_columns (workspace))),
                          "column", "columns");
  if (n_lanes == 0)
    return g_strdup_printf ("%s in %s", cards, columns);
  lanes = count_phrase (n_lanes, "lane", "lanes");
  return g_strdup_printf ("%s in %s and %s", cards, columns, lanes);
}

static void
test_window_open (void)
{
  g_autoptr(TandemWorkspace) expected = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *launches = NULL;
  g_autofree char *interviews = NULL;
  g_autofree char *basename = g_file_get_basename (fixture);
  GListModel *launch_list;
  TandemWindow *window;
  guint n_tasks = 0;

  /* What the window should show, read with the core alone. */
  expected = tandem_file_load (fixture, NULL, &error);
  g_assert_no_error (error);
  launch_list = G_LIST_MODEL (tandem_workspace_get_launches (expected));
  for (guint i = 0; i < g_list_model_get_n_items (launch_list); i++)
    {
      g_autoptr(TandemObject) launch = g_list_model_get_item (launch_list, i);

      n_tasks += g_list_model_get_n_items (G_LIST_MODEL (tandem_object_get_children (launch)));
    }

  window = open_window (fixture);

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==,
                   tandem_object_get_string (TANDEM_OBJECT (expected), "title"));
  g_assert_cmpstr (adw_view_switcher_title_get_subtitle (window->switcher_title), ==, basename);
  g_assert_false (tandem_workspace_get_dirty (tandem_window_get_workspace (window)));

  summary = expected_roadmap_summary (expected);
  g_assert_cmpstr (_tandem_window_get_summary (window, "roadmap"), ==, summary);

  launches = g_strdup_printf ("%u %s with %u %s", g_list_model_get_n_items (launch_list),
                              g_list_model_get_n_items (launch_list) == 1 ? "launch" : "launches",
                              n_tasks, n_tasks == 1 ? "task" : "tasks");
  g_assert_cmpstr (_tandem_window_get_summary (window, "launches"), ==, launches);

  interviews = count_phrase (g_list_model_get_n_items (G_LIST_MODEL (tandem_workspace_get_interviews (expected))),
                             "interview", "interviews");
  g_assert_cmpstr (_tandem_window_get_summary (window, "interviews"), ==, interviews);

  gui_test_save_screenshot (GTK_WIDGET (window), "test-window-open.png");

  destroy_window (window);
}

static void
test_window_undo (void)
{
  g_autoptr(GSettings) settings = g_settings_new (TANDEM_SETTINGS_SCHEMA_ID);
  g_autofree char *clean_title = NULL;
  g_autofree char *dirty_title = NULL;
  g_autofree char *old_title = NULL;
  g_autofree char *summary_before = NULL;
  g_autofree char *summary_after = NULL;
  g_autofree char *rank = NULL;
  TandemWorkspace *workspace;
  TandemObject *card;
  TandemObject *author;
  TandemObject *created;
  TandemWindow *window;
  GtkWidget *undo_button;
  GtkWidget *redo_button;

  /* Edits are stamped with the user from the settings. */
  g_settings_set_string (settings, "user-name", "Ada Tester");
  g_settings_set_string (settings, "user-team", "marketing");

  window = open_window (fixture);
  workspace = tandem_window_get_workspace (window);
  undo_button = GTK_WIDGET (window->undo_button);
  redo_button = GTK_WIDGET (window->redo_button);
  clean_title = g_strdup (gtk_window_get_title (GTK_WINDOW (window)));
  dirty_title = g_strdup_printf ("• %s", clean_title);
  g_assert_false (gtk_widget_get_sensitive (undo_button));
  g_assert_false (gtk_widget_get_sensitive (redo_button));

  card = first_item (tandem_workspace_get_cards (workspace));
  old_title = g_strdup (tandem_object_get_string (card, "title"));
  g_assert_true (tandem_workspace_set (workspace, card, "title", "Renamed by the GUI test", NULL));

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, dirty_title);
  g_assert_true (gtk_widget_get_sensitive (undo_button));
  author = tandem_workspace_lookup (workspace, tandem_object_get_modified_by (card));
  g_assert_nonnull (author);
  g_assert_cmpstr (tandem_object_get_string (author, "name"), ==, "Ada Tester");
  g_assert_cmpint (tandem_object_get_int (author, "team"), ==, TANDEM_TEAM_MARKETING);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpstr (tandem_object_get_string (card, "title"), ==, old_title);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, clean_title);
  g_assert_false (gtk_widget_get_sensitive (undo_button));
  g_assert_true (gtk_widget_get_sensitive (redo_button));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  g_assert_cmpstr (tandem_object_get_string (card, "title"), ==, "Renamed by the GUI test");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, dirty_title);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, clean_title);

  /* A change in the preferences reaches the open window. */
  g_settings_set_string (settings, "user-name", "Grace Tester");
  g_settings_set_string (settings, "user-team", "product");
  g_assert_true (tandem_workspace_set (workspace, card, "title", "Renamed again", NULL));
  author = tandem_workspace_lookup (workspace, tandem_object_get_modified_by (card));
  g_assert_nonnull (author);
  g_assert_cmpstr (tandem_object_get_string (author, "name"), ==, "Grace Tester");
  g_assert_cmpint (tandem_object_get_int (author, "team"), ==, TANDEM_TEAM_PRODUCT);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpstr (tandem_object_get_string (card, "title"), ==, old_title);

  /* The roadmap summary follows the model. */
  summary_before = g_strdup (_tandem_window_get_summary (window, "roadmap"));
  rank = tandem_rank_between (NULL, NULL);
  created = tandem_workspace_create (workspace, TANDEM_TYPE_CARD, NULL,
                                     "title", "Added by the GUI test",
                                     "column", tandem_object_get_string (card, "column"),
                                     "rank", rank,
                                     NULL);
  g_assert_nonnull (created);
  summary_after = expected_roadmap_summary (workspace);
  g_assert_cmpstr (_tandem_window_get_summary (window, "roadmap"), ==, summary_after);
  g_assert_cmpstr (summary_after, !=, summary_before);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpstr (_tandem_window_get_summary (window, "roadmap"), ==, summary_before);
  g_assert_false (tandem_workspace_get_dirty (workspace));

  destroy_window (window);
  g_settings_reset (settings, "user-name");
  g_settings_reset (settings, "user-team");
}

static void
test_window_close_dirty (void)
{
  TandemWindow *window = open_window (fixture);
  TandemWorkspace *workspace = tandem_window_get_workspace (window);
  AdwMessageDialog *dialog;

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  g_assert_true (tandem_workspace_set (workspace, workspace, "title", "Edited, not saved", NULL));

  /* Cancel keeps the window and its changes. */
  gtk_window_close (GTK_WINDOW (window));
  WAIT_FOR (window == NULL || _tandem_window_get_dialog (window) != NULL);
  g_assert_nonnull (window);
  dialog = _tandem_window_get_dialog (window);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Save changes?");
  g_assert_true (adw_message_dialog_has_response (dialog, "cancel"));
  g_assert_true (adw_message_dialog_has_response (dialog, "discard"));
  g_assert_true (adw_message_dialog_has_response (dialog, "save"));
  g_assert_cmpint (adw_message_dialog_get_response_appearance (dialog, "discard"), ==,
                   ADW_RESPONSE_DESTRUCTIVE);
  g_assert_cmpint (adw_message_dialog_get_response_appearance (dialog, "save"), ==,
                   ADW_RESPONSE_SUGGESTED);
  gui_test_save_screenshot (GTK_WIDGET (dialog), "test-window-save-changes.png");

  gui_test_click_response (dialog, "cancel");
  WAIT_FOR (_tandem_window_get_dialog (window) == NULL);
  gui_test_iterate (200);
  g_assert_nonnull (window);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_true (tandem_workspace_get_dirty (workspace));

  /* Discard closes it. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.close", NULL);
  WAIT_FOR (window == NULL || _tandem_window_get_dialog (window) != NULL);
  g_assert_nonnull (window);
  dialog = _tandem_window_get_dialog (window);
  gui_test_click_response (dialog, "discard");
  WAIT_FOR (window == NULL);
}

static void
test_window_save (void)
{
  g_autoptr(GSettings) settings = g_settings_new (TANDEM_SETTINGS_SCHEMA_ID);
  g_autoptr(GFile) file = copy_fixture ("save.tandem");
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemWorkspace) reloaded = NULL;
  TandemWindow *window = open_window (file);
  TandemWorkspace *workspace = tandem_window_get_workspace (window);
  int width;
  int height;

  g_assert_true (tandem_workspace_set (workspace, workspace, "title", "Saved by the GUI test", NULL));
  g_assert_true (tandem_workspace_get_dirty (workspace));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  g_assert_true (tandem_window_get_busy (window));
  WAIT_FOR (!tandem_window_get_busy (window));
  g_assert_null (_tandem_window_get_dialog (window));
  g_assert_false (tandem_workspace_get_dirty (workspace));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Saved by the GUI test");

  reloaded = tandem_file_load (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tandem_object_get_string (TANDEM_OBJECT (reloaded), "title"), ==,
                   "Saved by the GUI test");

  /* A clean window closes without asking, and remembers its size. */
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 600);
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_close (GTK_WINDOW (window));
  WAIT_FOR (window == NULL);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 900);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 600);

  window = tandem_window_new (GTK_APPLICATION (application));
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 900);
  g_assert_cmpint (height, ==, 600);
  destroy_window (window);
  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
}

/* Someone else saves the file: as a separate process would, through the
 * formats layer, with a later modification time. */
static void
save_as_someone_else (GFile      *file,
                      guint       card,
                      const char *field,
                      const char *value)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemWorkspace) theirs = tandem_file_load (file, NULL, &error);
  g_autoptr(TandemObject) object = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GDateTime) modified = NULL;

  g_assert_no_error (error);
  tandem_workspace_set_author (theirs, "Maria Lopez", TANDEM_TEAM_MARKETING);
  object = g_list_model_get_item (G_LIST_MODEL (tandem_workspace_get_cards (theirs)), card);
  g_assert_true (tandem_workspace_set (theirs, object, field, value, NULL));
  g_assert_true (tandem_file_save (theirs, file, NULL, &error));
  g_assert_no_error (error);
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_TIME_MODIFIED, G_FILE_QUERY_INFO_NONE, NULL, &error);
  g_assert_no_error (error);
  modified = g_file_info_get_modification_date_time (info);
  g_assert_true (g_file_set_attribute_uint64 (file, G_FILE_ATTRIBUTE_TIME_MODIFIED,
                                              g_date_time_to_unix (modified) + 60,
                                              G_FILE_QUERY_INFO_NONE, NULL, &error));
  g_assert_no_error (error);
}

static char *
card_field (TandemWorkspace *workspace,
            guint            card,
            const char      *field)
{
  g_autoptr(TandemObject) object = g_list_model_get_item (G_LIST_MODEL (tandem_workspace_get_cards (workspace)), card);

  return g_strdup (tandem_object_get_string (object, field));
}

/* A save refused because someone else saved merges their changes in, then
 * saves: both people's work is in the file. */
static void
test_window_save_conflict (void)
{
  g_autoptr(GFile) file = copy_fixture ("conflict.tandem");
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemWorkspace) on_disk = NULL;
  g_autofree char *title = NULL;
  TandemWindow *window = open_window (file);
  TandemWorkspace *workspace = tandem_window_get_workspace (window);

  save_as_someone_else (file, 0, "title", "Renamed by Maria");
  g_assert_true (tandem_workspace_set (workspace, workspace, "title", "Mine", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  WAIT_FOR (!tandem_window_get_busy (window) && !tandem_workspace_get_dirty (workspace));

  g_assert_null (_tandem_window_get_dialog (window));
  title = card_field (workspace, 0, "title");
  g_assert_cmpstr (title, ==, "Renamed by Maria");
  on_disk = tandem_file_load (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tandem_object_get_string (TANDEM_OBJECT (on_disk), "title"), ==, "Mine");
  g_free (title);
  title = card_field (on_disk, 0, "title");
  g_assert_cmpstr (title, ==, "Renamed by Maria");
  destroy_window (window);
}

/* With no edits of its own, the window takes the new version in place. */
static void
test_window_reload (void)
{
  g_autoptr(GFile) file = copy_fixture ("reload.tandem");
  g_autofree char *title = NULL;
  TandemWindow *window = open_window (file);
  TandemWorkspace *workspace = tandem_window_get_workspace (window);
  g_autoptr(TandemObject) card = g_list_model_get_item (G_LIST_MODEL (tandem_workspace_get_cards (workspace)), 1);

  save_as_someone_else (file, 1, "title", "Reloaded");
  _tandem_window_check_disk (window);
  WAIT_FOR (g_strcmp0 (tandem_object_get_string (card, "title"), "Reloaded") == 0);
  /* The same objects, the same workspace, nothing to save. */
  g_assert_true (tandem_window_get_workspace (window) == workspace);
  g_assert_false (tandem_workspace_get_dirty (workspace));
  destroy_window (window);
}

/* The same field changed both ways: the user is asked, and decides. */
static void
test_window_merge_conflict (void)
{
  g_autoptr(GFile) file = copy_fixture ("both.tandem");
  g_autofree char *target = NULL;
  TandemWindow *window = open_window (file);
  TandemWorkspace *workspace = tandem_window_get_workspace (window);
  g_autoptr(TandemObject) card = g_list_model_get_item (G_LIST_MODEL (tandem_workspace_get_cards (workspace)), 2);
  AdwMessageDialog *dialog;

  save_as_someone_else (file, 2, "target", "2031-Q4");
  g_assert_true (tandem_workspace_set (workspace, card, "target", "2031-Q1", NULL));
  _tandem_window_check_disk (window);
  WAIT_FOR (_tandem_window_get_dialog (window) != NULL);

  dialog = _tandem_window_get_dialog (window);
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_heading (dialog), "Both Changed"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "2031-Q1"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "2031-Q4"));
  g_assert_true (tandem_workspace_get_dirty (workspace));
  gui_test_save_screenshot (GTK_WIDGET (dialog), "test-window-merge-conflict.png");

  gui_test_click_response (dialog, "theirs");
  WAIT_FOR (g_list_model_get_n_items (G_LIST_MODEL (tandem_workspace_get_conflicts (workspace))) == 0);
  g_assert_cmpstr (tandem_object_get_string (card, "target"), ==, "2031-Q4");
  g_assert_cmpstr (tandem_workspace_get_undo_label (workspace), ==, "Resolve Conflict");
  gui_test_iterate (200);
  g_assert_null (_tandem_window_get_dialog (window));
  destroy_window (window);
}

/* Someone else has the file open: the window says who. */
static void
test_window_presence (void)
{
  g_autoptr(GFile) file = copy_fixture ("presence.tandem");
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autoptr(GFile) lock = g_file_get_child (parent, ".presence.tandem.laptop-4242.lock");
  g_autoptr(GFile) mine = tandem_presence_file (file);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *when = g_date_time_format_iso8601 (now);
  g_autofree char *json = g_strdup_printf ("{\"name\":\"Maria Lopez\",\"team\":\"marketing\","
                                           "\"host\":\"laptop\",\"pid\":4242,\"since\":\"%s\","
                                           "\"refreshed\":\"%s\"}", when, when);
  g_autoptr(GError) error = NULL;
  TandemWindow *window = open_window (file);

  /* Our own presence is announced... */
  g_assert_true (g_file_query_exists (mine, NULL));
  g_assert_false (gtk_revealer_get_reveal_child (window->presence_revealer));

  /* ...and someone else's is shown. */
  g_assert_true (g_file_replace_contents (lock, json, strlen (json), NULL, FALSE, G_FILE_CREATE_NONE,
                                          NULL, NULL, &error));
  _tandem_window_update_presence (window);
  g_assert_true (gtk_revealer_get_reveal_child (window->presence_revealer));
  g_assert_nonnull (strstr (gtk_label_get_text (window->presence_label),
                            "Maria Lopez (Marketing) has this workspace open on host laptop since"));
  gui_test_wait_for_frames (GTK_WIDGET (window), 1);
  gui_test_save_screenshot (GTK_WIDGET (window), "test-window-presence.png");

  /* Closing withdraws ours. */
  destroy_window (window);
  g_assert_false (g_file_query_exists (mine, NULL));
  g_file_delete (lock, NULL, NULL);
}

static void
test_window_cancel_open (void)
{
  TandemWindow *window = tandem_window_new (GTK_APPLICATION (application));
  TandemWorkspace *untitled = tandem_window_get_workspace (window);

  gtk_window_present (GTK_WINDOW (window));
  tandem_window_load_file (window, fixture);
  g_assert_true (tandem_window_get_busy (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->main_stack), ==, "loading");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.cancel-open", NULL));
  g_assert_false (tandem_window_get_busy (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->main_stack), ==, "workspace");

  /* The load that was under way finishes unheard. */
  gui_test_iterate (200);
  g_assert_true (tandem_window_get_workspace (window) == untitled);
  g_assert_null (tandem_window_get_file (window));
  g_assert_null (_tandem_window_get_dialog (window));
  destroy_window (window);
}

static const char malformed[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<workspace xmlns=\"https://tandemplanner.github.io/ns/workspace\" version=\"1\" id=\"w-bad\">\n"
  "  <title>Broken</title>\n"
  "  <columns>\n"
  "</workspace>\n";

static void
test_window_open_error (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "bad.tandem", NULL);
  g_autoptr(GFile) bad = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GRegex) regex = NULL;
  TandemWorkspace *workspace;
  TandemWindow *window;
  TandemWindow *untitled;
  AdwMessageDialog *dialog;
  g_autofree char *title = NULL;
  const char *body;
  guint n_windows;

  g_file_set_contents (path, malformed, -1, &error);
  g_assert_no_error (error);
  regex = g_regex_new ("bad\\.tandem:5:[0-9]+: ", 0, 0, &error);
  g_assert_no_error (error);

  /* From a window with a workspace: the file would get a new window, which
   * goes away again; the error shows over the window the user asked from. */
  window = open_window (fixture);
  workspace = tandem_window_get_workspace (window);
  title = g_strdup (gtk_window_get_title (GTK_WINDOW (window)));
  n_windows = g_list_length (gtk_application_get_windows (GTK_APPLICATION (application)));

  tandem_window_open_file (window, bad);
  WAIT_FOR (_tandem_window_get_dialog (window) != NULL);
  dialog = _tandem_window_get_dialog (window);
  body = adw_message_dialog_get_body (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could Not Open Workspace");
  if (!g_regex_match (regex, body, 0, NULL))
    g_error ("the error does not say where: %s", body);
  gui_test_save_screenshot (GTK_WIDGET (dialog), "test-window-open-error.png");

  g_assert_true (tandem_window_get_workspace (window) == workspace);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, title);
  WAIT_FOR (g_list_length (gtk_application_get_windows (GTK_APPLICATION (application))) == n_windows);

  gui_test_click_response (dialog, "close");
  WAIT_FOR (_tandem_window_get_dialog (window) == NULL);
  destroy_window (window);

  /* Into a pristine window: it keeps its untitled workspace. */
  untitled = tandem_window_new (GTK_APPLICATION (application));
  gtk_window_present (GTK_WINDOW (untitled));
  workspace = tandem_window_get_workspace (untitled);
  tandem_window_load_file (untitled, bad);
  WAIT_FOR (_tandem_window_get_dialog (untitled) != NULL);
  body = adw_message_dialog_get_body (_tandem_window_get_dialog (untitled));
  if (!g_regex_match (regex, body, 0, NULL))
    g_error ("the error does not say where: %s", body);
  g_assert_false (tandem_window_get_busy (untitled));
  g_assert_true (tandem_window_get_workspace (untitled) == workspace);
  g_assert_null (tandem_window_get_file (untitled));
  destroy_window (untitled);
}

/* The sample workspace when it exists, else a small one written with the core. */
static GFile *
create_fixture (void)
{
  g_autofree char *sample = NULL;
  g_autofree char *path = NULL;
  g_autoptr(TandemWorkspace) workspace = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lane_ranks = tandem_rank_sequence (NULL, NULL, 2);
  g_auto(GStrv) card_ranks = tandem_rank_sequence (NULL, NULL, 5);
  TandemObject *column;
  TandemObject *lanes[2];

  if (g_getenv ("TANDEM_SOURCE_ROOT") != NULL)
    {
      sample = g_build_filename (g_getenv ("TANDEM_SOURCE_ROOT"), "data", "samples",
                                 "orbit.tandem", NULL);
      if (g_file_test (sample, G_FILE_TEST_IS_REGULAR))
        return g_file_new_for_path (sample);
    }

  workspace = tandem_workspace_new_untitled ();
  g_assert_true (tandem_workspace_set (workspace, workspace, "title", "GUI test workspace", NULL));
  column = first_item (tandem_workspace_get_columns (workspace));
  lanes[0] = tandem_workspace_create (workspace, TANDEM_TYPE_LANE, NULL,
                                      "title", "Mobile", "rank", lane_ranks[0], NULL);
  lanes[1] = tandem_workspace_create (workspace, TANDEM_TYPE_LANE, NULL,
                                      "title", "Web", "rank", lane_ranks[1], NULL);
  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *title = g_strdup_printf ("Card %u", i + 1);

      g_assert_nonnull (tandem_workspace_create (workspace, TANDEM_TYPE_CARD, NULL,
                                                 "title", title,
                                                 "column", tandem_object_get_id (column),
                                                 "lane", tandem_object_get_id (lanes[i % 2]),
                                                 "rank", card_ranks[i],
                                                 NULL));
    }

  path = g_build_filename (tmpdir, "fixture.tandem", NULL);
  file = g_file_new_for_path (path);
  tandem_file_save (workspace, file, NULL, &error);
  g_assert_no_error (error);
  return g_steal_pointer (&file);
}

static void
remove_tree (GFile *file)
{
  g_autoptr(GFileEnumerator) children = NULL;

  children = g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                        G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  while (children != NULL)
    {
      GFile *child;

      if (!g_file_enumerator_iterate (children, NULL, &child, NULL, NULL) || child == NULL)
        break;
      remove_tree (child);
    }
  g_file_delete (file, NULL, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) tmp = NULL;
  int status;

  if (!gui_test_init (&argc, &argv, "window", &tmpdir))
    return 0;

  application = adw_application_new ("io.github.tandemplanner.Tandem.Test",
                                     G_APPLICATION_NON_UNIQUE);
  gui_test_register (G_APPLICATION (application));

  fixture = create_fixture ();

  g_test_add_func ("/gui/window/open", test_window_open);
  g_test_add_func ("/gui/window/undo", test_window_undo);
  g_test_add_func ("/gui/window/close-dirty", test_window_close_dirty);
  g_test_add_func ("/gui/window/save", test_window_save);
  g_test_add_func ("/gui/window/save-conflict", test_window_save_conflict);
  g_test_add_func ("/gui/window/reload", test_window_reload);
  g_test_add_func ("/gui/window/merge-conflict", test_window_merge_conflict);
  g_test_add_func ("/gui/window/presence", test_window_presence);
  g_test_add_func ("/gui/window/open-error", test_window_open_error);
  g_test_add_func ("/gui/window/cancel-open", test_window_cancel_open);

  status = g_test_run ();

  g_clear_object (&fixture);
  g_clear_object (&application);
  tmp = g_file_new_for_path (tmpdir);
  remove_tree (tmp);
  g_free (tmpdir);
  return status;
}
