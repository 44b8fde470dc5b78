/* test-print.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tandem-file.h"
#include "tandem-gui.h"
#include "tandem-print-actions.h"
#include "tandem-snapshots-dialog.h"
#include "tandem-window-private.h"

#include "gui-test-utils.h"

/* Printing under Xvfb: the print operation in export mode writes a PDF
 * (never a silent ACTION_PRINT, which hangs), read back with poppler.  And
 * the snapshot dialogs, driven through their responses and actions. */

static AdwApplication *application;
static char *tmpdir;

static TandemWorkspace *
load_sample (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("TANDEM_SOURCE_ROOT"), "data", "samples",
                                            "orbit.tandem", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  TandemWorkspace *workspace = tandem_file_load (file, NULL, &error);

  g_assert_no_error (error);
  return workspace;
}

static char *
run_tool (const char *tool,
          const char *path)
{
  const char *argv[] = { tool, path, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *output = NULL;
  int status;

  if (strcmp (tool, "pdfinfo") == 0)
    argv[2] = NULL;
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &output, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return output;
}

static guint
pdf_pages (const char *path)
{
  g_autofree char *info = run_tool ("pdfinfo", path);
  const char *line = strstr (info, "Pages:");

  g_assert_nonnull (line);
  return (guint) g_ascii_strtoull (line + strlen ("Pages:"), NULL, 10);
}

static char *
export_pdf (TandemPrintOperation *operation,
            const char           *name)
{
  char *pdf = g_build_filename (tmpdir, name, NULL);
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (operation), pdf);
  result = gtk_print_operation_run (GTK_PRINT_OPERATION (operation),
                                    GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_EXISTS));
  return pdf;
}

static void
test_print_export (void)
{
  g_autoptr(TandemWorkspace) workspace = load_sample ();
  g_autoptr(TandemRoadmap) roadmap = tandem_roadmap_new_current (workspace);
  g_autoptr(TandemPrintOperation) operation = tandem_print_operation_new (roadmap, NULL, NULL);
  g_autoptr(GSettings) settings = g_settings_new (TANDEM_SETTINGS_SCHEMA_ID);
  g_autoptr(GVariant) saved = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *info = NULL;

  g_settings_reset (settings, "page-setup");
  g_assert_cmpint (tandem_print_operation_get_layout (operation), ==, TANDEM_LAYOUT_FIT);
  pdf = export_pdf (operation, "board.pdf");

  /* A4 landscape by default, fit to width: four pages of the sample. */
  g_assert_cmpuint (pdf_pages (pdf), ==, 4);
  info = run_tool ("pdfinfo", pdf);
  g_assert_nonnull (strstr (info, "841.89 x 595.276 pts"));
  text = run_tool ("pdftotext", pdf);
  g_assert_nonnull (strstr (text, "Orbit 3.0 planning"));
  g_assert_nonnull (strstr (text, "Page 4 of 4"));
  for (guint i = 0; i < roadmap->cards->len; i++)
    {
      TandemRoadmapCard *card = g_ptr_array_index (roadmap->cards, i);
      g_autofree char *first_word = g_strndup (card->title, strcspn (card->title, " "));

      /* Titles wrap, so look for their first word; the renderer's own
       * tests compare the whole titles. */
      if (strstr (text, first_word) == NULL)
        g_error ("“%s” is not in the printed PDF", card->title);
    }

  /* The page setup used is remembered for the next time. */
  saved = g_settings_get_value (settings, "page-setup");
  g_assert_cmpuint (g_variant_n_children (saved), >, 0);
}

static void
test_page_setup_remembered (void)
{
  g_autoptr(TandemWorkspace) workspace = load_sample ();
  g_autoptr(TandemRoadmap) roadmap = tandem_roadmap_new_current (workspace);
  g_autoptr(GtkPageSetup) portrait = gtk_page_setup_new ();
  g_autoptr(GtkPageSetup) loaded = NULL;
  g_autoptr(TandemPrintOperation) operation = NULL;
  g_autoptr(TandemPrintOperation) overview = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *one = NULL;
  g_autofree char *info = NULL;

  gtk_page_setup_set_orientation (portrait, GTK_PAGE_ORIENTATION_PORTRAIT);
  tandem_print_operation_save_page_setup (portrait);
  loaded = tandem_print_operation_load_page_setup ();
  g_assert_cmpint (gtk_page_setup_get_orientation (loaded), ==, GTK_PAGE_ORIENTATION_PORTRAIT);

  operation = tandem_print_operation_new (roadmap, NULL, NULL);
  pdf = export_pdf (operation, "portrait.pdf");
  info = run_tool ("pdfinfo", pdf);
  g_assert_nonnull (strstr (info, "x 841.89 pts"));

  overview = tandem_print_operation_new (roadmap, NULL, NULL);
  tandem_print_operation_set_layout (overview, TANDEM_LAYOUT_OVERVIEW);
  one = export_pdf (overview, "overview.pdf");
  g_assert_cmpuint (pdf_pages (one), ==, 1);
}

static void
test_print_comparison (void)
{
  g_autoptr(TandemWorkspace) workspace = load_sample ();
  g_autoptr(TandemRoadmap) before = tandem_roadmap_new_from_snapshot (workspace, tandem_snapshots_find (workspace, "Q4 planning baseline"));
  g_autoptr(TandemRoadmap) after = tandem_roadmap_new_current (workspace);
  g_autoptr(GPtrArray) changes = tandem_roadmap_compare (before, after);
  g_autoptr(TandemRoadmap) marked = tandem_roadmap_new_marked (before, after, changes);
  g_autoptr(TandemPrintOperation) operation = tandem_print_operation_new (marked, before, changes);
  g_autofree char *pdf = export_pdf (operation, "compare.pdf");
  g_autofree char *text = run_tool ("pdftotext", pdf);

  g_assert_nonnull (strstr (text, "Changes from Snapshot “Q4 planning baseline”"));
  g_assert_nonnull (strstr (text, "Moved, changed"));
  g_assert_nonnull (strstr (text, "title was “CRM sync for booking pages”"));
}

static void
wait_a_little (void)
{
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
}

/* A month of the launch calendar prints on one page: that month's launches
 * and tasks, no other month's. */
static void
test_print_month (void)
{
  g_autoptr(TandemWorkspace) workspace = load_sample ();
  g_autoptr(GSettings) settings = g_settings_new (TANDEM_SETTINGS_SCHEMA_ID);
  GListModel *launches = G_LIST_MODEL (tandem_workspace_get_launches (workspace));
  g_autoptr(TandemPrintOperation) operation = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *info = NULL;
  guint in_march = 0;
  GDate march;

  g_settings_reset (settings, "page-setup");
  g_date_clear (&march, 1);
  g_date_set_dmy (&march, 1, G_DATE_MARCH, 2027);
  operation = tandem_print_operation_new_month (workspace, &march, G_DATE_MONDAY);
  pdf = export_pdf (operation, "march.pdf");
  g_assert_cmpuint (pdf_pages (pdf), ==, 1);
  info = run_tool ("pdfinfo", pdf);
  g_assert_nonnull (strstr (info, "841.89 x 595.276 pts"));
  text = run_tool ("pdftotext", pdf);
  g_assert_nonnull (strstr (text, "Launch calendar · March 2027"));
  g_assert_nonnull (strstr (text, "Monday"));
  for (guint i = 0; i < g_list_model_get_n_items (launches); i++)
    {
      g_autoptr(TandemLaunch) launch = g_list_model_get_item (launches, i);
      const char *title = tandem_object_get_string (TANDEM_OBJECT (launch), "title");
      g_autofree char *first_word = g_strndup (title, strcspn (title, " "));
      GDate date;

      g_assert_true (tandem_launch_ops_get_date (launch, &date));
      if (g_date_get_month (&date) == G_DATE_MARCH && g_date_get_year (&date) == 2027)
        {
          in_march++;
          /* Chips wrap: look for the first word. */
          g_assert_nonnull (strstr (text, first_word));
        }
      else
        g_assert_null (strstr (text, title));
    }
  g_assert_cmpuint (in_march, >, 0);
}

static AdwMessageDialog *
find_dialog (const char *heading)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data) &&
        g_strcmp0 (adw_message_dialog_get_heading (l->data), heading) == 0)
      return l->data;
  return NULL;
}

static guint
count_visible_choices (GtkWidget *widget)
{
  guint n = GTK_IS_DROP_DOWN (widget) && gtk_widget_is_visible (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_visible_choices (child);
  return n;
}

/* Export on the Launches page exports the month shown, on the board the
 * roadmap, and a snapshot when one is shown there; the month's dialog has
 * no layout to choose. */
static void
test_export_follows_page (void)
{
  TandemWindow *window = tandem_window_new (GTK_APPLICATION (application));
  TandemWorkspace *workspace = tandem_window_get_workspace (window);
  AdwMessageDialog *dialog;
  TandemSnapshot *snapshot;
  g_autoptr(GError) error = NULL;
  GDate march;

  tandem_workspace_create (workspace, TANDEM_TYPE_LAUNCH, NULL, "title", "Spring launch",
                           "date", "2027-03-16", "tier", 1, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 760);
  gtk_window_present (GTK_WINDOW (window));
  adw_view_stack_set_visible_child_name (window->view_stack, "launches");
  g_date_clear (&march, 1);
  g_date_set_dmy (&march, 1, G_DATE_MARCH, 2027);
  tandem_calendar_set_month (window->calendar, &march);
  gui_test_save_screenshot (GTK_WIDGET (window), "print-launches-page.png");

  /* As the calendar's Print & Export menu does, from inside the pane. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window->calendar), "win.export", NULL));
  WAIT_FOR (find_dialog ("Export Calendar Month") != NULL);
  dialog = find_dialog ("Export Calendar Month");
  g_assert_null (find_dialog ("Export Roadmap"));
  /* Format and paper; no layout. */
  g_assert_cmpuint (count_visible_choices (GTK_WIDGET (dialog)), ==, 2);
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==, "March 2027");
  gui_test_save_screenshot (GTK_WIDGET (dialog), "print-export-month-dialog.png");
  adw_message_dialog_response (dialog, "cancel");
  wait_a_little ();
  gtk_window_destroy (GTK_WINDOW (dialog));

  adw_view_stack_set_visible_child_name (window->view_stack, "roadmap");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL));
  WAIT_FOR (find_dialog ("Export Roadmap") != NULL);
  dialog = find_dialog ("Export Roadmap");
  g_assert_cmpuint (count_visible_choices (GTK_WIDGET (dialog)), ==, 3);
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==, "Current Board");
  gui_test_save_screenshot (GTK_WIDGET (dialog), "print-export-roadmap-dialog.png");
  adw_message_dialog_response (dialog, "cancel");
  wait_a_little ();
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* With a snapshot shown on the Roadmap page, export draws the snapshot;
   * back on the live board, the board again. */
  snapshot = tandem_snapshots_take (workspace, "Before the offsite", NULL, &error);
  g_assert_no_error (error);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view-snapshot", "s",
                                             tandem_object_get_id (TANDEM_OBJECT (snapshot))));
  for (guint i = 0; i < 2; i++)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL));
      WAIT_FOR (find_dialog ("Export Roadmap") != NULL);
      dialog = find_dialog ("Export Roadmap");
      g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==, i == 0 ? "Before the offsite" : "Current Board");
      adw_message_dialog_response (dialog, "cancel");
      wait_a_little ();
      gtk_window_destroy (GTK_WINDOW (dialog));
      _tandem_window_close_snapshot (window);
    }
  gtk_window_destroy (GTK_WINDOW (window));
  wait_a_little ();
}

static void
test_take_snapshot_dialog (void)
{
  TandemWindow *window = tandem_window_new (GTK_APPLICATION (application));
  TandemWorkspace *workspace = tandem_window_get_workspace (window);
  GListModel *snapshots = G_LIST_MODEL (tandem_workspace_get_snapshots (workspace));
  AdwMessageDialog *dialog;
  TandemSnapshotsDialog *list;
  GtkWindow *preview;
  g_autoptr(GList) toplevels = NULL;
  guint n_dialogs = 0;

  gtk_window_present (GTK_WINDOW (window));
  dialog = tandem_take_snapshot (GTK_WINDOW (window), workspace);
  gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog)), "Before the offsite");
  adw_message_dialog_response (dialog, "take");
  wait_a_little ();
  g_assert_cmpuint (g_list_model_get_n_items (snapshots), ==, 1);
  g_assert_nonnull (tandem_snapshots_find (workspace, "Before the offsite"));
  g_assert_cmpstr (tandem_workspace_get_undo_label (workspace), ==, "Take Snapshot");

  /* win.snapshots opens the dialog. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.snapshots", NULL));
  wait_a_little ();
  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (TANDEM_IS_SNAPSHOTS_DIALOG (l->data))
      {
        n_dialogs++;
        gtk_window_destroy (l->data);
      }
  g_assert_cmpuint (n_dialogs, ==, 1);

  /* The dialog previews a snapshot as it prints.  View and Compare show
   * it on a window's board: without a window, they do nothing. */
  list = tandem_snapshots_dialog_new (workspace);
  gtk_window_present (GTK_WINDOW (list));
  wait_a_little ();
  preview = tandem_snapshots_dialog_preview (list, tandem_snapshots_find (workspace, "Before the offsite"));
  g_assert_cmpstr (gtk_window_get_title (preview), ==, "Before the offsite");
  gtk_window_destroy (preview);
  g_assert_false (tandem_snapshots_dialog_view (list, tandem_snapshots_find (workspace, "Before the offsite")));
  g_assert_false (tandem_snapshots_dialog_compare (list, tandem_snapshots_find (workspace, "Before the offsite"),
                                                   NULL));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (list)));
  gtk_window_destroy (GTK_WINDOW (list));
  gtk_window_destroy (GTK_WINDOW (window));
  wait_a_little ();
}

/* The snapshot dialogs with the sample's snapshot, as a user sees them:
 * the list, the snapshot's preview and the comparison's. */
static void
test_snapshot_dialogs_look (void)
{
  g_autoptr(TandemWorkspace) workspace = load_sample ();
  TandemSnapshot *baseline = tandem_snapshots_find (workspace, "Q4 planning baseline");
  TandemSnapshotsDialog *list = tandem_snapshots_dialog_new (workspace);
  TandemSnapshotView *view;
  GtkWindow *preview;
  GtkWidget *holder;

  g_assert_nonnull (baseline);
  gtk_window_present (GTK_WINDOW (list));
  gui_test_save_screenshot (GTK_WIDGET (list), "print-snapshots-dialog.png");
  g_assert_nonnull (gui_test_find_button (GTK_WIDGET (list), "_View"));

  preview = tandem_snapshots_dialog_preview (list, baseline);
  gui_test_save_screenshot (GTK_WIDGET (preview), "print-snapshot-preview.png");
  gtk_window_destroy (preview);
  gtk_window_destroy (GTK_WINDOW (list));

  /* A comparison's preview, from the bar above it on the board. */
  holder = gtk_window_new ();
  view = TANDEM_SNAPSHOT_VIEW (tandem_snapshot_view_new ());
  gtk_window_set_child (GTK_WINDOW (holder), GTK_WIDGET (view));
  tandem_snapshot_view_show_comparison (view, workspace, baseline, NULL);
  gtk_window_present (GTK_WINDOW (holder));
  preview = tandem_snapshot_view_preview (view);
  g_assert_cmpstr (gtk_window_get_title (preview), ==, "Changes since “Q4 planning baseline”");
  gui_test_save_screenshot (GTK_WIDGET (preview), "print-compare-preview.png");
  gtk_window_destroy (preview);
  gtk_window_destroy (GTK_WINDOW (holder));
  wait_a_little ();
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");

  if (!gui_test_init (&argc, &argv, "print", &tmpdir))
    return 0;
  if (pdftotext == NULL)
    {
      g_print ("1..0 # SKIP poppler-utils is not installed\n");
      return 0;
    }
  application = adw_application_new ("io.github.tandemplanner.Tandem.TestPrint",
                                     G_APPLICATION_NON_UNIQUE);
  gui_test_register (G_APPLICATION (application));

  g_test_add_func ("/gui/print/export", test_print_export);
  g_test_add_func ("/gui/print/page-setup-remembered", test_page_setup_remembered);
  g_test_add_func ("/gui/print/comparison", test_print_comparison);
  g_test_add_func ("/gui/print/snapshot-dialogs", test_take_snapshot_dialog);
  g_test_add_func ("/gui/print/snapshot-dialogs-look", test_snapshot_dialogs_look);
  g_test_add_func ("/gui/print/month", test_print_month);
  g_test_add_func ("/gui/print/export-follows-page", test_export_follows_page);

  return g_test_run ();
}
