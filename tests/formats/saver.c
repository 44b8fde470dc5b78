/* saver.c — a second Tandem, for the two-writers test
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * saver FILE NAME N: adds N people named NAME-0 … NAME-(N-1) to FILE, saving
 * after each; when someone else saved meanwhile, takes their save in (as the
 * app does) and saves again.
 */

#include "config.h"

#include "tandem-file.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(TandemWorkspace) mine = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) base = NULL;
  guint64 n;

  if (argc != 4 || !g_ascii_string_to_unsigned (argv[3], 10, 1, 100000, &n, NULL))
    {
      g_printerr ("usage: saver FILE NAME N\n");
      return 2;
    }

  file = g_file_new_for_commandline_arg (argv[1]);
  mine = tandem_file_load (file, NULL, &error);
  if (mine == NULL)
    g_error ("%s", error->message);
  base = tandem_xml_write (mine);
  tandem_workspace_set_base (mine, base);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("%s-%u", argv[2], i);

      tandem_workspace_create (mine, TANDEM_TYPE_PERSON, NULL, "name", name, NULL);
      while (!tandem_file_save (mine, file, NULL, &error))
        {
          g_autoptr(TandemWorkspace) theirs = NULL;

          if (!g_error_matches (error, TANDEM_FORMAT_ERROR, TANDEM_FORMAT_ERROR_CHANGED_ON_DISK))
            g_error ("%s", error->message);
          g_clear_error (&error);
          theirs = tandem_file_load (file, NULL, &error);
          if (theirs == NULL)
            g_error ("%s", error->message);
          if (tandem_file_take_in (mine, theirs) > 0)
            g_error ("adding different people cannot conflict");
        }
    }
  return 0;
}
