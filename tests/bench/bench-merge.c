/* bench-merge.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * bench-merge BASE OURS THEIRS: prints the time to load BASE and the time of
 * the three-way merge of the three, in milliseconds, as JSON.  What the app
 * does when someone else saves: it holds base and mine, loads theirs, merges.
 */

#include "config.h"

#include "tandem-file.h"

static TandemWorkspace *
load (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;
  TandemWorkspace *ws = tandem_file_load (file, NULL, &error);

  if (ws == NULL)
    g_error ("%s", error->message);
  return ws;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(TandemWorkspace) base = NULL;
  g_autoptr(TandemWorkspace) ours = NULL;
  g_autoptr(TandemWorkspace) theirs = NULL;
  g_autoptr(TandemWorkspace) merged = NULL;
  gint64 start, load_us, merge_us;

  if (argc != 4)
    {
      g_printerr ("usage: bench-merge BASE OURS THEIRS\n");
      return 2;
    }

  start = g_get_monotonic_time ();
  base = load (argv[1]);
  load_us = g_get_monotonic_time () - start;
  ours = load (argv[2]);
  theirs = load (argv[3]);

  start = g_get_monotonic_time ();
  merged = tandem_merge (base, ours, theirs);
  merge_us = g_get_monotonic_time () - start;

  g_print ("{\"load_ms\": %.1f, \"merge_ms\": %.1f, \"conflicts\": %u}\n",
           load_us / 1000.0, merge_us / 1000.0,
           g_list_model_get_n_items (G_LIST_MODEL (tandem_workspace_get_conflicts (merged))));
  return 0;
}
