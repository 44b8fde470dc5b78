/* test-file.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "tandem-file.h"
#include "tandem-test-utils.h"

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

/* Notes edited outside Tandem: on load, highlights go back onto their quotes
 * and the workspace is marked as differing from the file. */
static void
test_reanchor_on_load (Fixture       *fixture,
                       gconstpointer  data)
{
  const char *xml =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<workspace xmlns=\"" TANDEM_NAMESPACE "\" version=\"1\" id=\"w-1\" title=\"T\">\n"
    "  <interviews>\n"
    "    <interview id=\"i-1\" customer=\"Ana\">\n"
    "      <notes>Added by hand. We lose work offline.</notes>\n"
    "      <highlight id=\"h-1\" start=\"3\" end=\"20\">\n"
    "        <quote>lose work offline</quote>\n"
    "      </highlight>\n"
    "    </interview>\n"
    "  </interviews>\n"
    "</workspace>\n";
  g_autoptr(TandemWorkspace) ws = NULL;
  g_autoptr(TandemWorkspace) sample = load (fixture->path);
  TandemObject *highlight;

  g_assert_false (tandem_workspace_get_dirty (sample));
  g_assert_true (g_file_set_contents (fixture->path, xml, -1, NULL));
  ws = load (fixture->path);
  highlight = tandem_workspace_lookup (ws, "h-1");
  g_assert_cmpint (tandem_object_get_int (highlight, "start"), ==, 18);
  g_assert_cmpint (tandem_object_get_int (highlight, "end"), ==, 35);
  g_assert_true (tandem_workspace_get_dirty (ws));
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
  guint n_people = tandem_test_scale (500, 25);
  GPid pids[2];
  g_autoptr(TandemWorkspace) ws = NULL;
  g_autoptr(GHashTable) people = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GListModel *list;

  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *count = g_strdup_printf ("%u", n_people);
      const char *argv[] = { saver, fixture->path, names[i], count, NULL };
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
    for (guint k = 0; k < n_people; k++)
      {
        g_autofree char *name = g_strdup_printf ("%s-%u", names[i], k);

        if (!g_hash_table_contains (people, name))
          g_error ("%s was lost", name);
      }
}

/* Crash safety: the save-loop helper saves a large workspace over and over
 * through tandem_file_save() and is killed with SIGKILL at random moments
 * spread over its saves.  After every kill the file must hold, byte for byte,
 * either the version before the save that was under way or that save's
 * version, and read as a workspace. */

#define N_KILLS 200
#define GIO_TEMPORARY_PREFIX ".goutputstream-"

/* A workspace of a few megabytes, made with the core's API. */
static TandemWorkspace *
build_large_workspace (guint n_cards)
{
  TandemWorkspace *ws = tandem_workspace_new_untitled ();
  g_autoptr(TandemObject) column = g_list_model_get_item (G_LIST_MODEL (tandem_workspace_get_columns (ws)), 0);
  g_auto(GStrv) ranks = tandem_rank_sequence (NULL, NULL, n_cards);

  for (guint i = 0; i < n_cards; i++)
    {
      g_autofree char *title = g_strdup_printf ("Card number %u", i);
      g_autofree char *description = g_strdup_printf (
        "Card %u: a description long enough to make the workspace weigh a few megabytes, "
        "so that writing it takes long enough for a kill to land in the middle of a save. "
        "It says what the feature is, who asked for it, what it depends on and what is left "
        "to decide before the team commits to it in the Tuesday planning meeting. %u", i, i * 7919);
      g_autofree char *value = g_strdup_printf ("Users of group %u get their work done faster.", i % 97);

      g_assert_nonnull (tandem_workspace_create (ws, TANDEM_TYPE_CARD, NULL,
                                                 "title", title,
                                                 "column", tandem_object_get_id (column),
                                                 "rank", ranks[i],
                                                 "description", description,
                                                 "user-value", value,
                                                 "marketing-angle", description,
                                                 NULL));
    }
  return ws;
}

static int
compare_int64 (gconstpointer a,
               gconstpointer b)
{
  gint64 x = *(const gint64 *) a;
  gint64 y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

static char *
checksum_of_file (const char  *path,
                  char       **contents,
                  gsize       *length)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_get_contents (path, contents, length, &error));
  g_assert_no_error (error);
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) *contents, *length);
}

/* The names in @dir other than @keep. */
static GPtrArray *
list_others (const char *dir,
             const char *keep)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);

  g_assert_nonnull (d);
  for (const char *name; (name = g_dir_read_name (d)) != NULL; )
    if (g_strcmp0 (name, keep) != 0)
      g_ptr_array_add (names, g_strdup (name));
  return names;
}

typedef struct
{
  GPid        pid;
  GIOChannel *out;
} Helper;

/* Every version the helper saves has a title of its own, made from @tag. */
static void
helper_start (Helper     *helper,
              const char *path,
              const char *tag,
              const char *count)
{
  g_autofree char *program = g_test_build_filename (G_TEST_BUILT, "formats", "save-loop", NULL);
  const char *argv[] = { program, path, tag, count, NULL };
  g_autoptr(GError) error = NULL;
  int out_fd;

  g_assert_true (g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                                           NULL, NULL, &helper->pid, NULL, &out_fd, NULL, &error));
  g_assert_no_error (error);
  helper->out = g_io_channel_unix_new (out_fd);
  g_io_channel_set_close_on_unref (helper->out, TRUE);
}

/* One line of the helper's output, without its newline, or NULL at the end. */
static char *
helper_read_line (Helper *helper)
{
  g_autoptr(GError) error = NULL;
  char *line = NULL;
  gsize terminator;
  GIOStatus status = g_io_channel_read_line (helper->out, &line, NULL, &terminator, &error);

  g_assert_no_error (error);
  if (status != G_IO_STATUS_NORMAL)
    return NULL;
  line[terminator] = '\0';
  return line;
}

/* Waits for the helper to end; returns its wait status. */
static int
helper_wait (Helper *helper)
{
  int status = 0;

  g_assert_cmpint (waitpid (helper->pid, &status, 0), ==, helper->pid);
  g_spawn_close_pid (helper->pid);
  g_clear_pointer (&helper->out, g_io_channel_unref);
  return status;
}

/* Runs the helper for @count saves; returns how long the middle one took, as
 * seen from here, from its "saving" line to its "saved" line. */
static gint64
run_helper_to_the_end (const char *path,
                       const char *tag,
                       const char *count)
{
  g_autoptr(GArray) durations = g_array_new (FALSE, FALSE, sizeof (gint64));
  Helper helper = { 0, };
  gint64 started = 0;
  int status;

  helper_start (&helper, path, tag, count);
  for (char *line; (line = helper_read_line (&helper)) != NULL; g_free (line))
    {
      if (g_str_has_prefix (line, "saving "))
        started = g_get_monotonic_time ();
      else if (g_str_has_prefix (line, "saved "))
        {
          gint64 took = g_get_monotonic_time () - started;

          g_array_append_val (durations, took);
        }
    }
  status = helper_wait (&helper);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);
  g_assert_cmpuint (durations->len, ==, g_ascii_strtoull (count, NULL, 10));

  g_array_sort (durations, compare_int64);
  return g_array_index (durations, gint64, durations->len / 2);
}

/* Sets the modification time of a file in @dir an hour back. */
static void
age_file (const char *dir,
          const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_assert_true (g_file_set_attribute_uint64 (file, G_FILE_ATTRIBUTE_TIME_MODIFIED,
                                              g_get_real_time () / G_USEC_PER_SEC - 3600,
                                              G_FILE_QUERY_INFO_NONE, NULL, NULL));
}

static void
test_kill_during_save (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(TandemWorkspace) ws = build_large_workspace (2000);
  g_autoptr(GFile) file = g_file_new_for_path (fixture->path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261123);
  g_autoptr(GPtrArray) others = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *current = NULL;
  gsize length;
  gint64 save_time;
  guint kept_old = 0;
  guint got_new = 0;
  guint n_temporaries = 0;

  g_assert_true (tandem_file_save (ws, file, NULL, &error));
  g_assert_no_error (error);

  /* A clean run leaves nothing behind but the workspace; it also tells how
   * long one save takes, and the kills are spread over two of them. */
  save_time = run_helper_to_the_end (fixture->path, "calibration", "5");
  others = list_others (fixture->dir, "plan.tandem");
  g_assert_cmpuint (others->len, ==, 0);
  current = checksum_of_file (fixture->path, &contents, &length);
  g_test_message ("workspace of %" G_GSIZE_FORMAT " bytes; one save takes %.1f ms",
                  length, save_time / 1000.0);
  g_assert_cmpuint (length, >, 1500 * 1000);
  g_clear_pointer (&others, g_ptr_array_unref);

  for (guint round = 0; round < tandem_test_scale (N_KILLS, 20); round++)
    {
      g_autoptr(GPtrArray) announced = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(TandemWorkspace) read_back = NULL;
      g_autofree char *on_disk = NULL;
      g_autofree char *tag = g_strdup_printf ("round %u", round);
      Helper helper = { 0, };
      gboolean last_done = FALSE;
      char *line;
      int status;

      /* Version 0 is what the file held before this run. */
      g_ptr_array_add (announced, g_strdup (current));

      helper_start (&helper, fixture->path, tag, NULL);
      /* The clock starts when the first save does: loading is not what is tested. */
      while ((line = helper_read_line (&helper)) != NULL && !g_str_has_prefix (line, "saving "))
        g_free (line);
      g_assert_nonnull (line);
      g_ptr_array_add (announced, g_strdup (strrchr (line, ' ') + 1));
      g_free (line);

      g_usleep (g_rand_int_range (rand, 0, (gint32) MIN (2 * save_time, G_MAXINT32)));
      g_assert_cmpint (kill (helper.pid, SIGKILL), ==, 0);

      while ((line = helper_read_line (&helper)) != NULL)
        {
          if (g_str_has_prefix (line, "saving "))
            {
              g_ptr_array_add (announced, g_strdup (strrchr (line, ' ') + 1));
              last_done = FALSE;
            }
          else if (g_str_has_prefix (line, "saved "))
            last_done = TRUE;
          g_free (line);
        }
      status = helper_wait (&helper);
      g_assert_true (WIFSIGNALED (status));
      g_assert_cmpint (WTERMSIG (status), ==, SIGKILL);

      /* The file is the last version saved, or the one being saved. */
      g_clear_pointer (&contents, g_free);
      on_disk = checksum_of_file (fixture->path, &contents, &length);
      if (g_strcmp0 (on_disk, g_ptr_array_index (announced, announced->len - 1)) == 0)
        got_new++;
      else
        {
          if (last_done)
            g_error ("round %u: a finished save is not on disk", round);
          if (g_strcmp0 (on_disk, g_ptr_array_index (announced, announced->len - 2)) != 0)
            g_error ("round %u: the file is neither the old nor the new version", round);
          kept_old++;
        }

      /* The old version was read in the round before. */
      if (g_strcmp0 (on_disk, current) != 0)
        {
          read_back = tandem_xml_read (contents, length, fixture->path, &error);
          g_assert_no_error (error);
          g_assert_nonnull (read_back);
        }

      /* Nothing but GIO's temporary files is ever left beside it. */
      others = list_others (fixture->dir, "plan.tandem");
      for (guint i = 0; i < others->len; i++)
        g_assert_true (g_str_has_prefix (g_ptr_array_index (others, i), GIO_TEMPORARY_PREFIX));
      g_assert_cmpuint (others->len, >=, n_temporaries);
      n_temporaries = others->len;
      g_clear_pointer (&others, g_ptr_array_unref);

      g_free (current);
      current = g_steal_pointer (&on_disk);
    }

  g_test_message ("%u kills kept the old version, %u found the new one; "
                  "%u temporary files were left behind", kept_old, got_new, n_temporaries);
  /* The kills landed both inside saves and between them. */
  g_assert_cmpuint (kept_old, >, 0);
  g_assert_cmpuint (got_new, >, 0);

  /* Killed saves leave GIO's temporary files; the next save removes those
   * that are Tandem's and have not been touched for a while. */
  others = list_others (fixture->dir, "plan.tandem");
  for (guint i = 0; i < others->len; i++)
    age_file (fixture->dir, g_ptr_array_index (others, i));
  g_clear_pointer (&others, g_ptr_array_unref);
  run_helper_to_the_end (fixture->path, "clean-up", "1");
  others = list_others (fixture->dir, "plan.tandem");
  g_assert_cmpuint (others->len, ==, 0);
}

static void
write_aged (const char *dir,
            const char *name,
            const char *contents,
            gboolean    aged)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  if (aged)
    age_file (dir, name);
}

/* A save removes the temporary files killed Tandem saves left, and only those. */
static void
test_stale_temporaries (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(TandemWorkspace) ws = load (fixture->path);
  g_autoptr(GPtrArray) others = NULL;
  g_autoptr(GError) error = NULL;
  const char *partial = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<workspace xmlns=\"https://tandem";
  const char *kept[] = {
    GIO_TEMPORARY_PREFIX "CCCCCC",    /* still being written, as far as anyone knows */
    GIO_TEMPORARY_PREFIX "DDDDDD",    /* another program's */
    GIO_TEMPORARY_PREFIX "EEEEEEE",   /* not a name GIO gives */
    "notes.txt",
  };

  write_aged (fixture->dir, GIO_TEMPORARY_PREFIX "AAAAAA", partial, TRUE);
  write_aged (fixture->dir, GIO_TEMPORARY_PREFIX "BBBBBB", "", TRUE);
  write_aged (fixture->dir, kept[0], partial, FALSE);
  write_aged (fixture->dir, kept[1], "Some other program's document", TRUE);
  write_aged (fixture->dir, kept[2], partial, TRUE);
  write_aged (fixture->dir, kept[3], "", TRUE);

  rename_first_column (ws, "Cleaned up");
  g_assert_true (tandem_file_save (ws, tandem_workspace_get_file (ws), NULL, &error));
  g_assert_no_error (error);

  others = list_others (fixture->dir, "plan.tandem");
  g_assert_cmpuint (others->len, ==, G_N_ELEMENTS (kept));
  for (guint i = 0; i < G_N_ELEMENTS (kept); i++)
    g_assert_true (g_ptr_array_find_with_equal_func (others, kept[i], g_str_equal, NULL));
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
  ADD ("/formats/file/reanchor-on-load", test_reanchor_on_load);
  ADD ("/formats/file/two-writers", test_two_writers);
  ADD ("/formats/file/stale-temporaries", test_stale_temporaries);
  ADD ("/formats/file/kill-during-save", test_kill_during_save);
#undef ADD

  return g_test_run ();
}
