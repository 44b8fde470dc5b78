/* test-draft.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>

#include "tandem-draft.h"
#include "tandem-file.h"

/* Drafts of unsaved edits, without a display: written shortly after an edit,
 * removed when the workspace is saved or the draft discarded, and found again
 * after their owner died.  The data directory is a temporary one. */

static char *tmpdir;

typedef struct
{
  char            *path;
  GFile           *file;
  TandemWorkspace *workspace;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(TandemWorkspace) ws = tandem_workspace_new_untitled ();
  g_autoptr(GError) error = NULL;
  static guint n;

  fixture->path = g_strdup_printf ("%s/plan-%u.tandem", tmpdir, n++);
  fixture->file = g_file_new_for_path (fixture->path);
  g_assert_true (tandem_workspace_set (ws, ws, "title", "Before", NULL));
  g_assert_true (tandem_file_save (ws, fixture->file, NULL, &error));
  g_assert_no_error (error);
  fixture->workspace = tandem_file_load (fixture->file, NULL, &error);
  g_assert_no_error (error);
}

static gboolean
wake_up (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  /* Draft writes that have finished still report back to the main loop.
   * (An edit of the workspace's own fields keeps it alive in its undo
   * history, so it is not asserted to be finalized here.) */
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_object_unref (fixture->workspace);
  g_unlink (fixture->path);
  g_object_unref (fixture->file);
  g_free (fixture->path);
}

/* Drives the main loop until @path exists or @deadline (monotonic) passes. */
static gboolean
wait_for_file (const char *path,
               gint64      deadline)
{
  guint wake = g_timeout_add (10, wake_up, NULL);

  while (!g_file_test (path, G_FILE_TEST_EXISTS) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (wake);
  return g_file_test (path, G_FILE_TEST_EXISTS);
}

static char *
draft_folder (TandemDraft *draft)
{
  g_autofree char *path = tandem_draft_dup_path (draft);

  return g_path_get_dirname (path);
}

/* The draft's copy reads back to the workspace as it is now, byte for byte. */
static void
assert_draft_holds (TandemDraft     *draft,
                    TandemWorkspace *workspace)
{
  g_autofree char *path = tandem_draft_dup_path (draft);
  g_autofree char *contents = NULL;
  g_autoptr(GBytes) expected = tandem_xml_write (workspace);
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemWorkspace) read_back = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_cmpmem (contents, length, g_bytes_get_data (expected, NULL), g_bytes_get_size (expected));
  read_back = tandem_xml_read (contents, length, path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tandem_object_get_string (TANDEM_OBJECT (read_back), "title"), ==,
                   tandem_object_get_string (TANDEM_OBJECT (workspace), "title"));
}

static void
test_written_after_edit (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(TandemDraft) draft = tandem_draft_new (fixture->workspace);
  g_autofree char *path = tandem_draft_dup_path (draft);
  g_autofree char *folder = draft_folder (draft);
  g_autofree char *metadata_path = g_build_filename (folder, "draft.json", NULL);
  g_autofree char *metadata = NULL;
  g_autofree char *uri = g_file_get_uri (fixture->file);
  g_autofree char *directory = tandem_draft_dup_directory ();
  g_autofree char *expected_directory = g_build_filename (tmpdir, "tandem", "drafts", NULL);
  gint64 edited;

  g_assert_cmpstr (directory, ==, expected_directory);
  g_assert_true (g_str_has_prefix (path, directory));

  /* A clean workspace has no draft. */
  g_assert_false (wait_for_file (path, g_get_monotonic_time () + G_USEC_PER_SEC / 2));

  g_assert_true (tandem_workspace_set (fixture->workspace, fixture->workspace, "title", "Edited", NULL));
  edited = g_get_monotonic_time ();
  g_assert_true (wait_for_file (path, edited + 3 * G_USEC_PER_SEC));
  /* The file appears once it is complete (it is renamed into place). */
  assert_draft_holds (draft, fixture->workspace);

  g_assert_true (g_file_get_contents (metadata_path, &metadata, NULL, NULL));
  g_assert_nonnull (strstr (metadata, uri));
  g_assert_cmpstr (tandem_draft_get_uri (draft), ==, uri);
  g_assert_cmpstr (tandem_draft_get_title (draft), ==, "Edited");
  g_assert_nonnull (tandem_draft_get_modified (draft));
}

/* Edits in a steady stream do not put the draft off for ever. */
static void
test_steady_edits (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(TandemDraft) draft = tandem_draft_new (fixture->workspace);
  g_autofree char *path = tandem_draft_dup_path (draft);
  gint64 first = g_get_monotonic_time ();
  guint n = 0;

  /* An edit every 300 ms, each well within the 1 s the debounce waits. */
  while (!g_file_test (path, G_FILE_TEST_EXISTS) && g_get_monotonic_time () < first + 3 * G_USEC_PER_SEC)
    {
      g_autofree char *title = g_strdup_printf ("Edit %u", n++);

      g_assert_true (tandem_workspace_set (fixture->workspace, fixture->workspace, "title", title, NULL));
      wait_for_file (path, g_get_monotonic_time () + 300 * 1000);
    }
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
test_removed_when_clean (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(TandemDraft) draft = tandem_draft_new (fixture->workspace);
  g_autofree char *path = tandem_draft_dup_path (draft);
  g_autofree char *folder = draft_folder (draft);
  g_autoptr(GError) error = NULL;

  /* Saved: the draft goes. */
  g_assert_true (tandem_workspace_set (fixture->workspace, fixture->workspace, "title", "Saved", NULL));
  g_assert_true (tandem_draft_flush (draft, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_true (tandem_file_save (fixture->workspace, fixture->file, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));

  /* Edited again, and undone back to what is saved: it goes again. */
  g_assert_true (tandem_workspace_set (fixture->workspace, fixture->workspace, "title", "Again", NULL));
  g_assert_true (wait_for_file (path, g_get_monotonic_time () + 3 * G_USEC_PER_SEC));
  assert_draft_holds (draft, fixture->workspace);
  g_assert_true (tandem_workspace_undo (fixture->workspace));
  g_assert_false (tandem_workspace_get_dirty (fixture->workspace));
  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));

  /* Discarded: it goes, and later edits write nothing. */
  g_assert_true (tandem_workspace_set (fixture->workspace, fixture->workspace, "title", "Thrown away", NULL));
  g_assert_true (tandem_draft_flush (draft, &error));
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  tandem_draft_discard (draft);
  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));
  g_assert_null (tandem_draft_get_workspace (draft));
  g_assert_true (tandem_workspace_set (fixture->workspace, fixture->workspace, "title", "Later", NULL));
  g_assert_false (wait_for_file (path, g_get_monotonic_time () + 2 * G_USEC_PER_SEC));
}

static gboolean
lists_draft (const char *id)
{
  g_autoptr(GPtrArray) orphans = NULL;
  g_autoptr(GError) error = NULL;

  orphans = tandem_draft_list_orphans (NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < orphans->len; i++)
    if (g_strcmp0 (tandem_draft_get_id (g_ptr_array_index (orphans, i)), id) == 0)
      return TRUE;
  return FALSE;
}

static TandemDraft *
find_orphan (const char *id)
{
  g_autoptr(GPtrArray) orphans = NULL;
  g_autoptr(GError) error = NULL;

  orphans = tandem_draft_list_orphans (NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < orphans->len; i++)
    if (g_strcmp0 (tandem_draft_get_id (g_ptr_array_index (orphans, i)), id) == 0)
      return g_object_ref (g_ptr_array_index (orphans, i));
  return NULL;
}

static void
on_done (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static void
test_orphans (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *program = g_test_build_filename (G_TEST_BUILT, "formats", "draft-owner", NULL);
  const char *argv[] = { program, fixture->path, "Edited by a process that crashed", NULL };
  g_autoptr(TandemDraft) mine = tandem_draft_new (fixture->workspace);
  g_autoptr(TandemDraft) orphan = NULL;
  g_autoptr(TandemDraft) claimed = NULL;
  g_autoptr(TandemWorkspace) recovered = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GIOChannel) out = NULL;
  g_autofree char *id = NULL;
  g_autofree char *uri = g_file_get_uri (fixture->file);
  g_autofree char *folder = NULL;
  gsize terminator;
  GPid pid;
  int out_fd;
  int status;

  /* This process's own draft belongs to a live owner. */
  g_assert_true (tandem_workspace_set (fixture->workspace, fixture->workspace, "title", "Mine", NULL));
  g_assert_true (tandem_draft_flush (mine, &error));
  g_assert_no_error (error);
  g_assert_false (lists_draft (tandem_draft_get_id (mine)));

  /* So does another running process's. */
  g_assert_true (g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                                           NULL, NULL, &pid, NULL, &out_fd, NULL, &error));
  g_assert_no_error (error);
  out = g_io_channel_unix_new (out_fd);
  g_io_channel_set_close_on_unref (out, TRUE);
  g_assert_cmpint (g_io_channel_read_line (out, &id, NULL, &terminator, &error), ==, G_IO_STATUS_NORMAL);
  g_assert_no_error (error);
  id[terminator] = '\0';
  g_assert_false (lists_draft (id));

  /* Once it has died, its draft is an orphan, and one that is claimed is not
   * listed again until it is let go. */
  g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_spawn_close_pid (pid);
  claimed = find_orphan (id);
  g_assert_nonnull (claimed);
  g_assert_false (lists_draft (id));
  g_clear_object (&claimed);
  orphan = find_orphan (id);
  g_assert_nonnull (orphan);
  g_assert_false (lists_draft (tandem_draft_get_id (mine)));

  g_assert_cmpstr (tandem_draft_get_uri (orphan), ==, uri);
  g_assert_cmpstr (tandem_draft_get_title (orphan), ==, "Edited by a process that crashed");
  g_assert_nonnull (tandem_draft_get_modified (orphan));

  /* Recovered: dirty, the original file's, with the draft's content. */
  tandem_draft_load_async (orphan, NULL, on_done, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  recovered = tandem_draft_load_finish (orphan, result, &error);
  g_assert_no_error (error);
  g_assert_nonnull (recovered);
  g_assert_true (tandem_draft_get_workspace (orphan) == recovered);
  g_assert_cmpstr (tandem_object_get_string (TANDEM_OBJECT (recovered), "title"), ==,
                   "Edited by a process that crashed");
  g_assert_true (tandem_workspace_get_dirty (recovered));
  g_assert_true (g_file_equal (tandem_workspace_get_file (recovered), fixture->file));
  g_assert_cmpstr (tandem_workspace_get_etag (recovered), ==,
                   tandem_workspace_get_etag (fixture->workspace));

  /* Saving it writes the original file and removes the draft. */
  folder = draft_folder (orphan);
  g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));
  g_assert_true (tandem_file_save (recovered, fixture->file, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));
  g_assert_false (lists_draft (id));

  g_clear_object (&orphan);
  tandem_draft_discard (mine);
}

/* A draft dropped while its workspace is dirty stays, for the next start. */
static void
test_dropped_draft_stays (Fixture       *fixture,
                          gconstpointer  data)
{
  TandemDraft *draft = tandem_draft_new (fixture->workspace);
  g_autofree char *id = g_strdup (tandem_draft_get_id (draft));
  g_autofree char *path = tandem_draft_dup_path (draft);
  g_autoptr(TandemDraft) orphan = NULL;

  g_assert_true (tandem_workspace_set (fixture->workspace, fixture->workspace, "title", "Dropped", NULL));
  /* Not written yet: dropping it writes it. */
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_finalize_object (draft);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));

  orphan = find_orphan (id);
  g_assert_nonnull (orphan);
  g_assert_cmpstr (tandem_draft_get_title (orphan), ==, "Dropped");
  tandem_draft_discard (orphan);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (lists_draft (id));
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);

  for (const char *name; dir != NULL && (name = g_dir_read_name (dir)) != NULL; )
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  int status;

  /* Before anything asks GLib for the data directory. */
  tmpdir = g_dir_make_tmp ("tandem-test-draft-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", tmpdir, TRUE);

  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/formats/draft/written-after-edit", test_written_after_edit);
  ADD ("/formats/draft/steady-edits", test_steady_edits);
  ADD ("/formats/draft/removed-when-clean", test_removed_when_clean);
  ADD ("/formats/draft/orphans", test_orphans);
  ADD ("/formats/draft/dropped-draft-stays", test_dropped_draft_stays);
#undef ADD

  status = g_test_run ();
  remove_tree (tmpdir);
  g_free (tmpdir);
  return status;
}
