/* tandem-test-utils.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <unistd.h>

#include "tandem-test-utils.h"

/* Fails the test unless xmllint --relaxng accepts @xml. */
void
tandem_test_assert_schema_valid (const char *xml)
{
  g_autofree char *schema = g_build_filename (g_getenv ("TANDEM_SOURCE_ROOT"), "data",
                                              "tandem-workspace.rng", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *err = NULL;
  int fd, status;
  const char *argv[] = { "xmllint", "--noout", "--relaxng", schema, NULL, NULL };

  fd = g_file_open_tmp ("tandem-XXXXXX.tandem", &path, &error);
  g_assert_no_error (error);
  close (fd);
  g_assert_true (g_file_set_contents (path, xml, -1, &error));
  argv[4] = path;
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL,
                               NULL, NULL, NULL, &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("xmllint --relaxng refused the writer's output: %s", err);
  g_unlink (path);
}

/* How many rounds a long randomised test runs: all of them normally, fewer
 * under valgrind (TANDEM_TEST_QUICK, set by the valgrind test setup), where
 * every round is thirty times slower and a few already find memory errors. */
guint
tandem_test_scale (guint full,
                   guint quick)
{
  return g_getenv ("TANDEM_TEST_QUICK") != NULL ? quick : full;
}
