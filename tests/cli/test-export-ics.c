/* test-export-ics.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <libical/ical.h>
#include <string.h>

#include "tandem-file.h"

static int
run_cli (char       **err,
         const char  *first,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  va_list args;
  int status;

  g_ptr_array_add (argv, (gpointer) g_getenv ("TANDEM_CLI"));
  va_start (args, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_STDOUT_TO_DEV_NULL,
                               NULL, NULL, NULL, err, &status, &error));
  g_assert_no_error (error);
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

static void
test_export_ics (void)
{
  g_autofree char *sample = g_build_filename (g_getenv ("TANDEM_SOURCE_ROOT"), "data", "samples",
                                              "orbit.tandem", NULL);
  g_autofree char *bad = g_build_filename (g_getenv ("TANDEM_SOURCE_ROOT"), "tests", "data",
                                           "hostile", "malformed.tandem", NULL);
  g_autofree char *dir = g_dir_make_tmp ("tandem-ics-XXXXXX", NULL);
  g_autofree char *out = g_build_filename (dir, "orbit.ics", NULL);
  g_autofree char *err = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (sample);
  g_autoptr(TandemWorkspace) ws = tandem_file_load (file, NULL, NULL);
  GListModel *launches = G_LIST_MODEL (tandem_workspace_get_launches (ws));
  icalcomponent *calendar;
  guint n_events = 0, expected = 0;

  for (guint i = 0; i < g_list_model_get_n_items (launches); i++)
    {
      g_autoptr(TandemObject) launch = g_list_model_get_item (launches, i);

      expected += 1 + g_list_model_get_n_items (G_LIST_MODEL (tandem_object_get_children (launch)));
    }

  g_assert_cmpint (run_cli (&err, "export-ics", sample, "-o", out, NULL), ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_assert_true (g_file_get_contents (out, &text, NULL, NULL));
  calendar = icalparser_parse_string (text);
  g_assert_nonnull (calendar);
  for (icalcomponent *c = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       c != NULL; c = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    n_events++;
  icalcomponent_free (calendar);
  g_assert_cmpuint (n_events, ==, expected);
  g_clear_pointer (&err, g_free);

  /* Without -o: usage. */
  g_assert_cmpint (run_cli (&err, "export-ics", sample, NULL), ==, 2);
  g_assert_nonnull (strstr (err, "OUT.ics"));
  g_clear_pointer (&err, g_free);

  /* An invalid workspace: its error, and no file. */
  g_assert_cmpint (g_remove (out), ==, 0);
  g_assert_cmpint (run_cli (&err, "export-ics", bad, "-o", out, NULL), ==, 1);
  g_assert_nonnull (strstr (err, "malformed.tandem"));
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/export-ics", test_export_ics);

  return g_test_run ();
}
