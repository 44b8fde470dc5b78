/* bench-save.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * bench-save FILE RUNS
 *
 * Loads FILE, then saves it RUNS times the way the window does
 * (tandem_file_save_async() with a main loop running) and prints, as one
 * line of JSON, every run's time from the call to the callback and the
 * longest the main loop went without running meanwhile.
 */

#include "config.h"

#include <glib/gstdio.h>

#include "tandem-file.h"

typedef struct
{
  GMainLoop *loop;
  gint64     last_tick;
  gint64     longest_stall;
  gboolean   done;
} Run;

static gboolean
tick_cb (gpointer data)
{
  Run *run = data;
  gint64 now = g_get_monotonic_time ();

  run->longest_stall = MAX (run->longest_stall, now - run->last_tick);
  run->last_tick = now;
  return G_SOURCE_CONTINUE;
}

static void
saved_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      data)
{
  Run *run = data;
  g_autoptr(GError) error = NULL;

  if (!tandem_file_save_finish (TANDEM_WORKSPACE (source), result, &error))
    g_error ("bench-save: %s", error->message);
  run->done = TRUE;
  g_main_loop_quit (run->loop);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) copy = NULL;
  g_autoptr(TandemWorkspace) workspace = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) json = g_string_new ("{\"save_ms\": [");
  g_autoptr(GString) stalls = g_string_new ("\"stall_ms\": [");
  g_autofree char *dir = NULL;
  g_autofree char *copy_path = NULL;
  GStatBuf st;
  int runs;

  if (argc != 3)
    {
      g_printerr ("usage: bench-save FILE RUNS\n");
      return 2;
    }
  runs = atoi (argv[2]);

  file = g_file_new_for_commandline_arg (argv[1]);
  workspace = tandem_file_load (file, NULL, &error);
  if (workspace == NULL)
    {
      g_printerr ("bench-save: %s\n", error->message);
      return 2;
    }
  dir = g_dir_make_tmp ("tandem-bench-XXXXXX", &error);
  g_assert_no_error (error);
  copy_path = g_build_filename (dir, "saved.tandem", NULL);
  copy = g_file_new_for_path (copy_path);

  for (int i = 0; i < runs; i++)
    {
      Run run = { g_main_loop_new (NULL, FALSE), 0, 0, FALSE };
      guint tick = g_timeout_add (1, tick_cb, &run);
      gint64 start;

      /* Let the heartbeat settle before saving. */
      while (g_main_context_iteration (NULL, FALSE))
        ;
      start = run.last_tick = g_get_monotonic_time ();
      tandem_file_save_async (workspace, copy, NULL, saved_cb, &run);
      tick_cb (&run);
      if (!run.done)
        g_main_loop_run (run.loop);
      g_string_append_printf (json, "%s%.1f", i ? ", " : "",
                              (g_get_monotonic_time () - start) / 1000.0);
      g_string_append_printf (stalls, "%s%.1f", i ? ", " : "", run.longest_stall / 1000.0);
      g_source_remove (tick);
      g_main_loop_unref (run.loop);
    }

  if (g_stat (copy_path, &st) != 0)
    g_error ("bench-save: nothing was saved");
  g_print ("%s], %s], \"bytes\": %" G_GINT64_FORMAT "}\n", json->str, stalls->str,
           (gint64) st.st_size);
  g_unlink (copy_path);
  g_rmdir (dir);
  return 0;
}
