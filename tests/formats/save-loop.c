/* save-loop.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "tandem-file.h"

/* A helper for test-file: loads the workspace FILE and saves it over and over
 * through tandem_file_save(), each time with a new title made from TAG, until
 * it is killed or has saved COUNT times.  Before each save it prints
 *
 *   saving N SHA256
 *
 * with the checksum of the bytes that save is about to write, and after it
 *
 *   saved N
 *
 * so that the test knows which versions the file may hold when it kills us. */

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(TandemWorkspace) workspace = NULL;
  g_autoptr(GError) error = NULL;
  guint64 count = G_MAXUINT64;

  if (argc < 3 || argc > 4)
    {
      fprintf (stderr, "usage: %s FILE TAG [COUNT]\n", argv[0]);
      return 2;
    }
  if (argc == 4 && !g_ascii_string_to_unsigned (argv[3], 10, 1, G_MAXUINT64, &count, NULL))
    {
      fprintf (stderr, "%s: COUNT must be a positive number\n", argv[0]);
      return 2;
    }

  file = g_file_new_for_commandline_arg (argv[1]);
  workspace = tandem_file_load (file, NULL, &error);
  if (workspace == NULL)
    g_error ("%s", error->message);

  for (guint64 n = 1; n <= count; n++)
    {
      g_autofree char *title = g_strdup_printf ("%s: saved %" G_GUINT64_FORMAT " times", argv[2], n);
      g_autoptr(GBytes) bytes = NULL;
      g_autofree char *checksum = NULL;

      if (!tandem_workspace_set (workspace, workspace, "title", title, NULL))
        g_error ("could not set the title");
      /* The writer's output is canonical: tandem_file_save() writes these bytes. */
      bytes = tandem_xml_write (workspace);
      checksum = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);
      printf ("saving %" G_GUINT64_FORMAT " %s\n", n, checksum);
      fflush (stdout);

      if (!tandem_file_save (workspace, file, NULL, &error))
        g_error ("%s", error->message);
      printf ("saved %" G_GUINT64_FORMAT "\n", n);
      fflush (stdout);
    }

  return 0;
}
