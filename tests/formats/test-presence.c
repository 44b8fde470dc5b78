/* test-presence.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sys/wait.h>
#include <unistd.h>

#include "tandem-presence.h"

static void
write_lock (const char *dir,
            const char *name,
            const char *host,
            gint64      pid,
            GDateTime  *refreshed)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *when = g_date_time_format_iso8601 (refreshed);
  g_autofree char *json = g_strdup_printf ("{\"name\":\"Maria Lopez\",\"team\":\"marketing\",\"host\":\"%s\","
                                           "\"pid\":%" G_GINT64_FORMAT ",\"since\":\"%s\",\"refreshed\":\"%s\"}",
                                           host, pid, when, when);

  g_assert_true (g_file_set_contents (path, json, -1, NULL));
}

static gint64
dead_pid (void)
{
  g_autoptr(GError) error = NULL;
  GPid pid;
  const char *argv[] = { "true", NULL };
  int status;

  g_assert_true (g_spawn_async (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_DO_NOT_REAP_CHILD,
                                NULL, NULL, &pid, &error));
  g_assert_no_error (error);
  waitpid (pid, &status, 0);
  return pid;
}

static void
test_presence (void)
{
  g_autofree char *dir = g_dir_make_tmp ("tandem-presence-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "plan.tandem", NULL);
  g_autoptr(GFile) workspace = g_file_new_for_path (path);
  g_autoptr(GFile) mine = tandem_presence_file (workspace);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) long_ago = g_date_time_add_hours (now, -3);
  g_autoptr(GPtrArray) others = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *stale_path = g_build_filename (dir, ".plan.tandem.far-away-7.lock", NULL);
  g_autofree char *dead_path = g_build_filename (dir, ".plan.tandem.dead-1.lock", NULL);
  g_autofree char *broken_path = g_build_filename (dir, ".plan.tandem.broken.lock", NULL);
  TandemPresence *other;

  g_assert_true (g_file_set_contents (path, "", -1, NULL));

  /* My own lock is written, and not listed as someone else. */
  g_assert_true (tandem_presence_write (workspace, "Priya", TANDEM_TEAM_PRODUCT, now, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_query_exists (mine, NULL));

  write_lock (dir, ".plan.tandem.laptop-42.lock", "laptop", 42, now);
  write_lock (dir, ".plan.tandem.far-away-7.lock", "far-away", 7, long_ago);
  write_lock (dir, ".plan.tandem.dead-1.lock", g_get_host_name (), dead_pid (), now);
  write_lock (dir, ".plan.tandem.parent.lock", g_get_host_name (), getppid (), now);
  g_assert_true (g_file_set_contents (broken_path, "{", -1, NULL));

  others = tandem_presence_list (workspace, NULL, &error);
  g_assert_no_error (error);
  /* The live one here and the fresh remote one; stale and broken ones go. */
  g_assert_cmpuint (others->len, ==, 2);
  other = g_ptr_array_index (others, 0);
  g_assert_cmpstr (other->name, ==, "Maria Lopez");
  g_assert_cmpint (other->team, ==, TANDEM_TEAM_MARKETING);
  g_assert_false (g_file_test (stale_path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (dead_path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (broken_path, G_FILE_TEST_EXISTS));

  tandem_presence_remove (workspace);
  g_assert_false (g_file_query_exists (mine, NULL));

  {
    g_autofree char *cmd = g_strdup_printf ("rm -rf %s", dir);

    g_assert_true (g_spawn_command_line_sync (cmd, NULL, NULL, NULL, NULL));
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/formats/presence/list", test_presence);

  return g_test_run ();
}
