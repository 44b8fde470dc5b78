/* test-file.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "tandem-file.h"

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(TandemWorkspace) ws = tandem_workspace_new_untitled ();
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("tandem-file-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "plan.tandem", NULL);
  file = g_file_new_for_path (fixture->path);
  g_assert_true (tandem_file_save (ws, file, NULL, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);

  for (const char *name; dir != NULL && (name = g_dir_read_name (dir)) != NULL; )
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

      g_chmod (path, 0600);
      g_unlink (path);
    }
  g_chmod (fixture->dir, 0700);
  g_rmdir (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static TandemWorkspace *
load (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  TandemWorkspace *ws = tandem_file_load (file, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (ws);
  return ws;
}

static void
rename_first_column (TandemWorkspace *ws,
                     const char      *title)
{
  g_autoptr(TandemObject) column = g_list_model_get_item (G_LIST_MODEL (tandem_workspace_get_columns (ws)), 0);

  tandem_workspace_set (ws, column, "title", title, NULL);
}

static void
test_save_and_reload (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(TandemWorkspace) ws = load (fixture->path);
  g_autoptr(TandemWorkspace) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemObject) column = NULL;

  g_assert_nonnull (tandem_workspace_get_etag (ws));
  rename_first_column (ws, "Right now");
  g_assert_true (tandem_workspace_get_dirty (ws));
  g_assert_true (tandem_file_save (ws, tandem_workspace_get_file (ws), NULL, &error));
  g_assert_no_error (error);
  g_assert_false (tandem_workspace_get_dirty (ws));

  /* A second save uses the new entity tag, so it is not refused. */
  rename_first_column (ws, "Right now!");
  g_assert_true (tandem_file_save (ws, tandem_workspace_get_file (ws), NULL, &error));
  g_assert_no_error (error);

  again = load (fixture->path);
  column = g_list_model_get_item (G_LIST_MODEL (tandem_workspace_get_columns (again)), 0);
  g_assert_cmpstr (tandem_object_get_string (column, "title"), ==, "Right now!");
}

static void
test_save_keeps_mode (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(TandemWorkspace) ws = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  g_assert_cmpint (g_chmod (fixture->path, 0640), ==, 0);
  ws = load (fixture->path);
  rename_first_column (ws, "Soon");
  g_assert_true (tandem_file_save (ws, tandem_workspace_get_file (ws), NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (fixture->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0640);
}

static void
test_save_through_symlink (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *link = g_build_filename (fixture->dir, "link.tandem", NULL);
  g_autoptr(TandemWorkspace) ws = NULL;
  g_autoptr(TandemWorkspace) target = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemObject) column = NULL;
  g_autofree char *link_target = NULL;

  g_assert_cmpint (symlink ("plan.tandem", link), ==, 0);
  ws = load (link);
  rename_first_column (ws, "Via the link");
  g_assert_true (tandem_file_save (ws, tandem_workspace_get_file (ws), NULL, &error));
  g_assert_no_error (error);

  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  link_target = g_file_read_link (link, NULL);
  g_assert_cmpstr (link_target, ==, "plan.tandem");
  target = load (fixture->path);
  column = g_list_model_get_item (G_LIST_MODEL (tandem_workspace_get_columns (target)), 0);
  g_assert_cmpstr (tandem_object_get_string (column, "title"), ==, "Via the link");
}

static void
bump_mtime (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_TIME_MODIFIED,
                                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);
  guint64 mtime = g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED);

  g_assert_true (g_file_set_attribute_uint64 (file, G_FILE_ATTRIBUTE_TIME_MODIFIED, mtime + 7,
                                              G_FILE_QUERY_INFO_NONE, NULL, NULL));
}

static void
test_stale_save_refused (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(TandemWorkspace) mine = load (fixture->path);
  g_autoptr(TandemWorkspace) theirs = load (fixture->path);
  g_autoptr(GError) error = NULL;
  g_autofree char *on_disk = NULL;
  g_autofree char *after = NULL;

  rename_first_column (theirs, "Theirs");
  g_assert_true (tandem_file_save (theirs, tandem_workspace_get_file (theirs), NULL, &error));
  g_assert_no_error (error);
  /* Make the change visible even on a file system with coarse times. */
  bump_mtime (fixture->path);
  g_assert_true (g_file_get_contents (fixture->path, &on_disk, NULL, NULL));

  rename_first_column (mine, "Mine");
  g_assert_false (tandem_file_save (mine, tandem_workspace_get_file (mine), NULL, &error));
  g_assert_error (error, TANDEM_FORMAT_ERROR, TANDEM_FORMAT_ERROR_CHANGED_ON_DISK);
  g_assert_true (tandem_workspace_get_dirty (mine));

  g_assert_true (g_file_get_contents (fixture->path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, on_disk);
}

static void
test_failed_open_leaves_file (Fixture       *fixture,
                              gconstpointer  data)
{
  const char *broken = "<?xml version=\"1.0\"?>\n<workspace xmlns=\"" TANDEM_NAMESPACE
    "\" version=\"1\" id=\"w-1\" title=\"T\">\n<oops";
  g_autoptr(GFile) file = g_file_new_for_path (fixture->path);
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemWorkspace) ws = NULL;
  g_autofree char *after = NULL;
  GStatBuf before_st, after_st;

  g_assert_true (g_file_set_contents (fixture->path, broken, -1, NULL));
  g_assert_cmpint (g_stat (fixture->path, &before_st), ==, 0);
  ws = tandem_file_load (file, NULL, &error);
  g_assert_null (ws);
  g_assert_error (error, TANDEM_FORMAT_ERROR, TANDEM_FORMAT_ERROR_MALFORMED);
  g_assert_true (g_str_has_prefix (error->message, fixture->path));
  g_assert_true (g_file_get_contents (fixture->path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, broken);
  g_assert_cmpint (g_stat (fixture->path, &after_st), ==, 0);
  g_assert_cmpint (before_st.st_mtime, ==, after_st.st_mtime);
  g_assert_cmpint (before_st.st_ino, ==, after_st.st_ino);
}

static void
test_failed_save_leaves_file (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(TandemWorkspace) ws = load (fixture->path);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  if (geteuid () == 0)
    {
      g_test_skip ("permissions do not stop root");
      return;
    }
  g_assert_true (g_file_get_contents (fixture->path, &before, NULL, NULL));
  g_assert_cmpint (g_chmod (fixture->dir, 0500), ==, 0);
  rename_first_column (ws, "Cannot be saved");
  g_assert_false (tandem_file_save (ws, tandem_workspace_get_file (ws), NULL, &error));
  g_assert_nonnull (error);
  g_assert_true (tandem_workspace_get_dirty (ws));
  g_assert_cmpint (g_chmod (fixture->dir, 0700), ==, 0);
  g_assert_true (g_file_get_contents (fixture->path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, before);
}

static void
test_cancelled_save_leaves_file (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(TandemWorkspace) ws = load (fixture->path);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_true (g_file_get_contents (fixture->path, &before, NULL, NULL));
  rename_first_column (ws, "Never written");
  g_cancellable_cancel (cancellable);
  g_assert_false (tandem_file_save (ws, tandem_workspace_get_file (ws), cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_true (tandem_workspace_get_dirty (ws));
  g_assert_true (g_file_get_contents (fixture->path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, before);
}

static void
on_done (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static GAsyncResult *
wait_for (GAsyncResult **slot)
{
  while (*slot == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *slot;
}

static void
test_async (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GFile) file = g_file_new_for_path (fixture->path);
  g_autoptr(GFile) other = NULL;
  g_autoptr(GAsyncResult) loaded = NULL;
  g_autoptr(GAsyncResult) saved = NULL;
  g_autoptr(GAsyncResult) refused = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(TandemWorkspace) ws = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *other_path = g_build_filename (fixture->dir, "other.tandem", NULL);
  g_autofree char *saved_contents = NULL;
  g_autoptr(TandemWorkspace) saved_ws = NULL;
  g_autoptr(TandemObject) column = NULL;
  g_autoptr(TandemObject) removed = NULL;
  guint64 revision;

  tandem_file_load_async (file, NULL, on_done, &loaded);
  ws = tandem_file_load_finish (wait_for (&loaded), &error);
  g_assert_no_error (error);
  g_assert_true (g_file_equal (tandem_workspace_get_file (ws), file));

  /* An edit made while the save runs stays dirty afterwards. */
  rename_first_column (ws, "Saved");
  revision = tandem_workspace_get_revision (ws);
  other = g_file_new_for_path (other_path);
  tandem_file_save_async (ws, other, NULL, on_done, &saved);
  /* The worker serialises while these edits happen: it must see none of
   * them, and the values they replace must stay alive until it is done. */
  rename_first_column (ws, "Not yet saved");
  rename_first_column (ws, "Still not saved");
  removed = g_list_model_get_item (G_LIST_MODEL (tandem_workspace_get_columns (ws)), 2);
  g_assert_nonnull (removed);
  g_assert_true (tandem_workspace_remove (ws, removed, &error));
  g_assert_no_error (error);
  g_assert_true (tandem_file_save_finish (ws, wait_for (&saved), &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (other_path, &saved_contents, NULL, NULL));
  g_assert_nonnull (strstr (saved_contents, "title=\"Saved\""));
  g_assert_null (strstr (saved_contents, "Not yet saved"));
  g_assert_null (strstr (saved_contents, "Still not saved"));
  g_assert_nonnull (strstr (saved_contents, tandem_object_get_id (removed)));
  saved_ws = tandem_xml_read (saved_contents, strlen (saved_contents), "saved", &error);
  g_assert_no_error (error);
  column = g_list_model_get_item (G_LIST_MODEL (tandem_workspace_get_columns (saved_ws)), 0);
  g_assert_nonnull (column);
  g_assert_true (g_file_equal (tandem_workspace_get_file (ws), other));
  g_assert_true (tandem_workspace_get_dirty (ws));
  g_assert_cmpuint (revision, !=, tandem_workspace_get_revision (ws));

  /* A cancelled load reports cancellation. */
  g_cancellable_cancel (cancellable);
  tandem_file_load_async (file, cancellable, on_done, &refused);
  g_assert_null (tandem_file_load_finish (wait_for (&refused), &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

/* Locations are GIO's: a URI works as a path does (sftp://, smb:// and
 * dav:// go through the same calls with GVfs). */
static void
test_uri (Fixture       *fixture,
          gconstpointer  data)
{
  g_autofree char *uri = g_filename_to_uri (fixture->path, NULL, NULL);
  g_autoptr(GFile) file = g_file_new_for_uri (uri);
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemWorkspace) ws = tandem_file_load (file, NULL, &error);
  g_autoptr(TandemWorkspace) again = NULL;
  g_autoptr(TandemObject) column = NULL;

  g_assert_no_error (error);
  rename_first_column (ws, "Via a URI");
  g_assert_true (tandem_file_save (ws, file, NULL, &error));
  g_assert_no_error (error);
  again = load (fixture->path);
  column = g_list_model_get_item (G_LIST_MODEL (tandem_workspace_get_columns (again)), 0);
  g_assert_cmpstr (tandem_object_get_string (column, "title"), ==, "Via a URI");
}

/* Two processes save the same file in turns, as fast as they can; each
 * takes the other's saves in.  Every edit of both must be in the file. */
static void
test_two_writers (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *saver = g_test_build_filename (G_TEST_BUILT, "formats", "saver", NULL);
  const char *names[] = { "Ana", "Ben" };
  GPid pids[2];
  g_autoptr(TandemWorkspace) ws = NULL;
  g_autoptr(GHashTable) people = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GListModel *list;

  for (guint i = 0; i < 2; i++)
    {
      const char *argv[] = { saver, fixture->path, names[i], "500", NULL };
      g_autoptr(GError) error = NULL;

      g_assert_true (g_spawn_async (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                                    &pids[i], &error));
      g_assert_no_error (error);
    }
  for (guint i = 0; i < 2; i++)
    {
      int status;

      g_assert_cmpint (waitpid (pids[i], &status, 0), ==, pids[i]);
      g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
    }

  ws = load (fixture->path);
  list = G_LIST_MODEL (tandem_workspace_get_people (ws));
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(TandemObject) person = g_list_model_get_item (list, i);

      g_hash_table_add (people, g_strdup (tandem_object_get_string (person, "name")));
    }
  for (guint i = 0; i < 2; i++)
    for (guint k = 0; k < 500; k++)
      {
        g_autofree char *name = g_strdup_printf ("%s-%u", names[i], k);

        if (!g_hash_table_contains (people, name))
          g_error ("%s was lost", name);
      }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/formats/file/save-and-reload", test_save_and_reload);
  ADD ("/formats/file/save-keeps-mode", test_save_keeps_mode);
  ADD ("/formats/file/save-through-symlink", test_save_through_symlink);
  ADD ("/formats/file/stale-save-refused", test_stale_save_refused);
  ADD ("/formats/file/failed-open-leaves-file", test_failed_open_leaves_file);
  ADD ("/formats/file/failed-save-leaves-file", test_failed_save_leaves_file);
  ADD ("/formats/file/cancelled-save-leaves-file", test_cancelled_save_leaves_file);
  ADD ("/formats/file/async", test_async);
  ADD ("/formats/file/uri", test_uri);
  ADD ("/formats/file/two-writers", test_two_writers);
#undef ADD

  return g_test_run ();
}
