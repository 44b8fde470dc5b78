/* fuzz-replay.c — runs a fuzz target over files, without libFuzzer.
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Linked with each target in every build, so the seed corpus and every
 * crasher ever found (tests/data/hostile) go through the target's checks in
 * the normal, the sanitized and the valgrind suites, compiled with gcc.
 *
 *   fuzz-xml-read-replay FILE-OR-FOLDER…
 */

#include "config.h"

#include <glib/gstdio.h>

#include "fuzz-common.h"

static guint   n_inputs;
static gint64  slowest_us = -1;
static char   *slowest_path;

static void
replay_file (const char *path)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;
  gint64 start, elapsed;

  if (!g_file_get_contents (path, &contents, &length, &error))
    g_error ("%s", error->message);
  start = g_get_monotonic_time ();
  LLVMFuzzerTestOneInput ((const uint8_t *) contents, length);
  elapsed = g_get_monotonic_time () - start;
  n_inputs++;
  if (elapsed > slowest_us)
    {
      slowest_us = elapsed;
      g_free (slowest_path);
      slowest_path = g_strdup (path);
    }
}

static void
replay (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

      g_assert (dir != NULL);
      for (const char *name; (name = g_dir_read_name (dir)) != NULL; )
        g_ptr_array_add (names, g_build_filename (path, name, NULL));
      g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
      for (guint i = 0; i < names->len; i++)
        replay (g_ptr_array_index (names, i));
    }
  else
    replay_file (path);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *name = g_path_get_basename (argv[0]);

  if (argc < 2)
    {
      g_printerr ("usage: %s FILE-OR-FOLDER…\n", argv[0]);
      return 2;
    }
  for (int i = 1; i < argc; i++)
    replay (argv[i]);
  if (n_inputs == 0)
    g_error ("no input to replay");

  /* stderr: this is an exit-code test, stdout stays empty. */
  g_printerr ("%s: %u inputs, slowest %.1f ms (%s)\n", name, n_inputs,
              slowest_us / 1000.0, slowest_path);
  g_free (slowest_path);
  return 0;
}
