/* draft-owner.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>

#include "tandem-draft.h"
#include "tandem-file.h"

/* A helper for test-draft: loads the workspace FILE, gives it the title TITLE
 * without saving, writes its draft, prints the draft's id and then waits, as
 * an editing session does, until it is killed. */

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(TandemWorkspace) workspace = NULL;
  g_autoptr(TandemDraft) draft = NULL;
  g_autoptr(GError) error = NULL;

  if (argc != 3)
    {
      fprintf (stderr, "usage: %s FILE TITLE\n", argv[0]);
      return 2;
    }

  file = g_file_new_for_commandline_arg (argv[1]);
  workspace = tandem_file_load (file, NULL, &error);
  if (workspace == NULL)
    g_error ("%s", error->message);
  draft = tandem_draft_new (workspace);
  if (!tandem_workspace_set (workspace, workspace, "title", argv[2], NULL) ||
      !tandem_draft_flush (draft, &error))
    g_error ("%s", error != NULL ? error->message : "could not edit");

  printf ("%s\n", tandem_draft_get_id (draft));
  fflush (stdout);
  for (;;)
    g_main_context_iteration (NULL, TRUE);
}
