/* test-cli.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "tandem-file.h"

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static void
run_cli (Run        *run,
         const char *first,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  va_list args;

  g_ptr_array_add (argv, (gpointer) g_getenv ("TANDEM_CLI"));
  va_start (args, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               &run->out, &run->err, &run->status, &error));
  g_assert_no_error (error);
  run->status = WIFEXITED (run->status) ? WEXITSTATUS (run->status) : -1;
}

static char *
sample_path (void)
{
  return g_build_filename (g_getenv ("TANDEM_SOURCE_ROOT"), "data", "samples", "orbit.tandem", NULL);
}

static char *
hostile_path (const char *name)
{
  return g_build_filename (g_getenv ("TANDEM_SOURCE_ROOT"), "tests", "data", "hostile", name, NULL);
}

static char *
copy_to_tmp (const char *path,
             char      **dir_out)
{
  g_autofree char *contents = NULL;
  gsize length;
  char *dir = g_dir_make_tmp ("tandem-cli-XXXXXX", NULL);
  char *copy = g_build_filename (dir, "copy.tandem", NULL);

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (copy, contents, length, NULL));
  *dir_out = dir;
  return copy;
}

static void
remove_tmp (char *dir,
            char *copy)
{
  g_unlink (copy);
  g_rmdir (dir);
  g_free (copy);
  g_free (dir);
}

static void
test_version_and_usage (void)
{
  g_auto(Run) version = { 0, };
  g_auto(Run) none = { 0, };
  g_auto(Run) unknown = { 0, };

  run_cli (&version, "--version", NULL);
  g_assert_cmpint (version.status, ==, 0);
  g_assert_cmpstr (version.out, ==, "tandem-cli " PACKAGE_VERSION "\n");

  run_cli (&none, NULL);
  g_assert_cmpint (none.status, ==, 2);
  g_assert_nonnull (strstr (none.err, "validate"));

  run_cli (&unknown, "frobnicate", NULL);
  g_assert_cmpint (unknown.status, ==, 2);
  g_assert_nonnull (strstr (unknown.err, "frobnicate"));
}

static void
test_validate (void)
{
  g_autofree char *sample = sample_path ();
  g_autofree char *bad = hostile_path ("dangling-reference.tandem");
  g_autofree char *missing = g_build_filename (g_get_tmp_dir (), "no-such-dir", "x.tandem", NULL);
  g_autofree char *expected = g_strconcat (bad, ":7:38: ", NULL);
  g_auto(Run) good = { 0, };
  g_auto(Run) invalid = { 0, };
  g_auto(Run) both = { 0, };
  g_auto(Run) absent = { 0, };
  g_auto(Run) nothing = { 0, };

  run_cli (&good, "validate", sample, NULL);
  g_assert_cmpint (good.status, ==, 0);
  g_assert_cmpstr (good.err, ==, "");

  run_cli (&invalid, "validate", bad, NULL);
  g_assert_cmpint (invalid.status, ==, 1);
  g_assert_true (g_str_has_prefix (invalid.err, expected));

  run_cli (&both, "validate", sample, bad, NULL);
  g_assert_cmpint (both.status, ==, 1);
  g_assert_true (g_str_has_prefix (both.err, expected));

  run_cli (&absent, "validate", missing, NULL);
  g_assert_cmpint (absent.status, ==, 2);
  g_assert_nonnull (strstr (absent.err, "x.tandem"));

  run_cli (&nothing, "validate", NULL);
  g_assert_cmpint (nothing.status, ==, 2);
}

static void
test_format (void)
{
  g_autofree char *sample = sample_path ();
  g_autofree char *dir = NULL;
  g_autofree char *copy = copy_to_tmp (sample, &dir);
  g_autofree char *messy = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *after_check = NULL;
  g_autofree char *formatted = NULL;
  g_autofree char *original = NULL;
  g_auto(Run) canonical = { 0, };
  g_auto(Run) check = { 0, };
  g_auto(Run) rewrite = { 0, };
  g_auto(Run) recheck = { 0, };
  g_autoptr(GRegex) indent = g_regex_new ("\n  ", 0, 0, NULL);

  run_cli (&canonical, "format", "--check", sample, NULL);
  g_assert_cmpint (canonical.status, ==, 0);

  /* Re-indented: same workspace, not canonical. */
  g_assert_true (g_file_get_contents (copy, &contents, NULL, NULL));
  messy = g_regex_replace_literal (indent, contents, -1, 0, "\n\t", 0, NULL);
  g_assert_true (g_file_set_contents (copy, messy, -1, NULL));

  run_cli (&check, "format", "--check", copy, NULL);
  g_assert_cmpint (check.status, ==, 1);
  g_assert_nonnull (strstr (check.err, "canonical"));
  g_assert_true (g_file_get_contents (copy, &after_check, NULL, NULL));
  g_assert_cmpstr (after_check, ==, messy);

  run_cli (&rewrite, "format", copy, NULL);
  g_assert_cmpint (rewrite.status, ==, 0);
  g_assert_true (g_file_get_contents (copy, &formatted, NULL, NULL));
  g_assert_true (g_file_get_contents (sample, &original, NULL, NULL));
  g_assert_cmpstr (formatted, ==, original);

  run_cli (&recheck, "format", "--check", copy, NULL);
  g_assert_cmpint (recheck.status, ==, 0);

  remove_tmp (g_steal_pointer (&dir), g_steal_pointer (&copy));
}

static void
test_format_invalid_untouched (void)
{
  g_autofree char *bad = hostile_path ("impossible-date.tandem");
  g_autofree char *dir = NULL;
  g_autofree char *copy = copy_to_tmp (bad, &dir);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_auto(Run) run = { 0, };

  g_assert_true (g_file_get_contents (copy, &before, NULL, NULL));
  run_cli (&run, "format", copy, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, ":7:32: "));
  g_assert_true (g_file_get_contents (copy, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, before);
  remove_tmp (g_steal_pointer (&dir), g_steal_pointer (&copy));
}

static guint
n_items (gpointer model)
{
  return g_list_model_get_n_items (G_LIST_MODEL (model));
}

static void
test_info (void)
{
  g_autofree char *sample = sample_path ();
  g_autoptr(GFile) file = g_file_new_for_path (sample);
  g_autoptr(TandemWorkspace) ws = tandem_file_load (file, NULL, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *cards_line = NULL;
  g_auto(Run) text = { 0, };
  g_auto(Run) json = { 0, };
  g_auto(Run) bad = { 0, };
  g_autofree char *bad_path = hostile_path ("bad-enum.tandem");
  JsonObject *root, *counts;
  guint tasks = 0;

  g_assert_nonnull (ws);
  for (guint i = 0; i < n_items (tandem_workspace_get_launches (ws)); i++)
    {
      g_autoptr(TandemObject) launch = g_list_model_get_item (G_LIST_MODEL (tandem_workspace_get_launches (ws)), i);

      tasks += n_items (tandem_object_get_children (launch));
    }

  run_cli (&text, "info", sample, NULL);
  g_assert_cmpint (text.status, ==, 0);
  g_assert_true (g_str_has_prefix (text.out, tandem_object_get_string (TANDEM_OBJECT (ws), "title")));
  cards_line = g_strdup_printf ("\ncards        %u\n", n_items (tandem_workspace_get_cards (ws)));
  g_assert_nonnull (strstr (text.out, cards_line));

  run_cli (&json, "info", "--json", sample, NULL);
  g_assert_cmpint (json.status, ==, 0);
  g_assert_true (json_parser_load_from_data (parser, json.out, -1, &error));
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  counts = json_object_get_object_member (root, "counts");
  g_assert_cmpstr (json_object_get_string_member (root, "title"), ==,
                   tandem_object_get_string (TANDEM_OBJECT (ws), "title"));
  g_assert_cmpint (json_object_get_int_member (counts, "cards"), ==, n_items (tandem_workspace_get_cards (ws)));
  g_assert_cmpint (json_object_get_int_member (counts, "people"), ==, n_items (tandem_workspace_get_people (ws)));
  g_assert_cmpint (json_object_get_int_member (counts, "interviews"), ==,
                   n_items (tandem_workspace_get_interviews (ws)));
  g_assert_cmpint (json_object_get_int_member (counts, "tasks"), ==, tasks);
  g_assert_cmpint (json_object_get_int_member (counts, "tasks"), >, 0);

  run_cli (&bad, "info", "--json", bad_path, NULL);
  g_assert_cmpint (bad.status, ==, 1);
  g_assert_cmpstr (bad.out, ==, "");
}

/* Runs tandem-cli generate into a fresh file of @dir and returns its path. */
static char *
generate (const char *dir,
          const char *name,
          const char *cards,
          const char *launches,
          const char *interviews,
          const char *seed)
{
  g_auto(Run) run = { 0, };
  char *path = g_build_filename (dir, name, NULL);

  run_cli (&run, "generate", "--cards", cards, "--launches", launches, "--interviews", interviews,
           "--seed", seed, "-o", path, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  return path;
}

static guint
count_children (TandemCollection *collection,
                guint            *min,
                guint            *max)
{
  guint total = 0;

  *min = G_MAXUINT;
  *max = 0;
  for (guint i = 0; i < n_items (collection); i++)
    {
      g_autoptr(TandemObject) object = g_list_model_get_item (G_LIST_MODEL (collection), i);
      guint n = n_items (tandem_object_get_children (object));

      total += n;
      *min = MIN (*min, n);
      *max = MAX (*max, n);
    }
  return total;
}

static void
test_generate_counts (void)
{
  g_autofree char *dir = g_dir_make_tmp ("tandem-generate-XXXXXX", NULL);
  g_autofree char *path = generate (dir, "small.tandem", "40", "6", "5", "3");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemWorkspace) ws = tandem_file_load (file, NULL, &error);
  GListModel *people;
  gboolean teams[3] = { FALSE, FALSE, FALSE };
  guint min, max, tasks;

  g_assert_no_error (error);
  g_assert_cmpuint (n_items (tandem_workspace_get_cards (ws)), ==, 40);
  g_assert_cmpuint (n_items (tandem_workspace_get_launches (ws)), ==, 6);
  g_assert_cmpuint (n_items (tandem_workspace_get_interviews (ws)), ==, 5);
  g_assert_cmpuint (n_items (tandem_workspace_get_columns (ws)), >=, 3);
  g_assert_cmpuint (n_items (tandem_workspace_get_lanes (ws)), >=, 3);
  g_assert_cmpuint (n_items (tandem_workspace_get_snapshots (ws)), >=, 1);
  g_assert_false (tandem_workspace_get_dirty (ws));
  g_assert_false (tandem_workspace_get_can_undo (ws));

  people = G_LIST_MODEL (tandem_workspace_get_people (ws));
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(TandemObject) person = g_list_model_get_item (people, i);

      teams[tandem_object_get_int (person, "team")] = TRUE;
    }
  g_assert_true (teams[TANDEM_TEAM_PRODUCT] && teams[TANDEM_TEAM_MARKETING] && teams[TANDEM_TEAM_OTHER]);

  /* About ten tasks a launch, placed from T-90 to T+14 days. */
  tasks = count_children (tandem_workspace_get_launches (ws), &min, &max);
  g_assert_cmpuint (min, >=, 8);
  g_assert_cmpuint (max, <=, 12);
  for (guint i = 0; i < n_items (tandem_workspace_get_launches (ws)); i++)
    {
      g_autoptr(TandemObject) launch = g_list_model_get_item (G_LIST_MODEL (tandem_workspace_get_launches (ws)), i);
      TandemCollection *launch_tasks = tandem_object_get_children (launch);

      g_assert_cmpuint (g_strv_length ((GStrv) tandem_object_get_list (launch, "channels")), >, 0);
      for (guint t = 0; t < n_items (launch_tasks); t++)
        {
          g_autoptr(TandemObject) task = g_list_model_get_item (G_LIST_MODEL (launch_tasks), t);

          g_assert_cmpint (tandem_object_get_int (task, "offset"), >=, -90);
          g_assert_cmpint (tandem_object_get_int (task, "offset"), <=, 14);
        }
    }
  g_assert_cmpuint (tasks, >=, 6 * 8);

  /* Highlights quote their interview's notes exactly, counted in characters. */
  g_assert_cmpuint (count_children (tandem_workspace_get_interviews (ws), &min, &max), >, 0);
  for (guint i = 0; i < n_items (tandem_workspace_get_interviews (ws)); i++)
    {
      g_autoptr(TandemObject) interview = g_list_model_get_item (G_LIST_MODEL (tandem_workspace_get_interviews (ws)), i);
      const char *notes = tandem_object_get_string (interview, "notes");
      TandemCollection *highlights = tandem_object_get_children (interview);

      g_assert_cmpuint (strlen (notes), >, 4000);
      g_assert_cmpuint (strlen (notes), <, 6000);
      for (guint h = 0; h < n_items (highlights); h++)
        {
          g_autoptr(TandemObject) highlight = g_list_model_get_item (G_LIST_MODEL (highlights), h);
          int start = tandem_object_get_int (highlight, "start");
          int end = tandem_object_get_int (highlight, "end");
          g_autofree char *expected = g_utf8_substring (notes, start, end);

          g_assert_cmpint (start, <, end);
          g_assert_cmpstr (tandem_object_get_string (highlight, "quote"), ==, expected);
        }
    }

  g_unlink (path);
  g_rmdir (dir);
}

/* Text in several scripts, not only ASCII. */
static void
test_generate_scripts (void)
{
  g_autofree char *dir = g_dir_make_tmp ("tandem-generate-XXXXXX", NULL);
  g_autofree char *path = generate (dir, "scripts.tandem", "60", "2", "3", "11");
  g_autofree char *contents = NULL;
  gboolean latin = FALSE, cjk = FALSE, rtl = FALSE, emoji = FALSE;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  for (const char *p = contents; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      latin |= c >= 0xC0 && c <= 0x24F;
      cjk |= (c >= 0x3040 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF);
      rtl |= c >= 0x0590 && c <= 0x06FF;
      emoji |= c >= 0x1F300;
    }
  g_assert_true (latin);
  g_assert_true (cjk);
  g_assert_true (rtl);
  g_assert_true (emoji);

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_generate_deterministic (void)
{
  g_autofree char *dir = g_dir_make_tmp ("tandem-generate-XXXXXX", NULL);
  g_autofree char *a = generate (dir, "a.tandem", "25", "4", "3", "42");
  g_autofree char *b = generate (dir, "b.tandem", "25", "4", "3", "42");
  g_autofree char *c = generate (dir, "c.tandem", "25", "4", "3", "43");
  g_autofree char *a_contents = NULL;
  g_autofree char *b_contents = NULL;
  g_autofree char *c_contents = NULL;
  g_autofree char *a_id = NULL;

  g_assert_true (g_file_get_contents (a, &a_contents, NULL, NULL));
  g_assert_true (g_file_get_contents (b, &b_contents, NULL, NULL));
  g_assert_true (g_file_get_contents (c, &c_contents, NULL, NULL));
  g_assert_cmpstr (a_contents, ==, b_contents);
  g_assert_cmpstr (a_contents, !=, c_contents);
  /* Different seeds draw different ids, not only different text. */
  g_assert_nonnull (strstr (a_contents, " id=\"w-"));
  a_id = g_strndup (strstr (a_contents, " id=\"w-"), strlen (" id=\"w-0123456789ab\""));
  g_assert_null (strstr (c_contents, a_id));
  g_assert_nonnull (strstr (b_contents, a_id));

  g_unlink (a);
  g_unlink (b);
  g_unlink (c);
  g_rmdir (dir);
}

/* What the generator writes passes the CLI's own checks and the schema. */
static void
test_generate_valid (void)
{
  g_autofree char *dir = g_dir_make_tmp ("tandem-generate-XXXXXX", NULL);
  g_autofree char *path = generate (dir, "valid.tandem", "80", "8", "6", "5");
  g_autofree char *empty = generate (dir, "empty.tandem", "0", "0", "0", "5");
  g_autofree char *schema = g_build_filename (g_getenv ("TANDEM_SOURCE_ROOT"), "data",
                                              "tandem-workspace.rng", NULL);
  const char *files[] = { path, empty };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      const char *argv[] = { "xmllint", "--noout", "--relaxng", schema, files[i], NULL };
      g_auto(Run) validate = { 0, };
      g_auto(Run) format = { 0, };
      g_auto(Run) xmllint = { 0, };
      g_autoptr(GError) error = NULL;

      run_cli (&validate, "validate", files[i], NULL);
      g_assert_cmpstr (validate.err, ==, "");
      g_assert_cmpint (validate.status, ==, 0);

      run_cli (&format, "format", "--check", files[i], NULL);
      g_assert_cmpstr (format.err, ==, "");
      g_assert_cmpint (format.status, ==, 0);

      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                                   &xmllint.out, &xmllint.err, &xmllint.status, &error));
      g_assert_no_error (error);
      if (!g_spawn_check_wait_status (xmllint.status, NULL))
        g_error ("xmllint --relaxng refused the generated file: %s", xmllint.err);
      g_unlink (files[i]);
    }
  g_rmdir (dir);
}

static void
test_generate_usage (void)
{
  g_auto(Run) no_output = { 0, };
  g_auto(Run) negative = { 0, };

  run_cli (&no_output, "generate", "--cards", "3", NULL);
  g_assert_cmpint (no_output.status, ==, 2);
  g_assert_nonnull (strstr (no_output.err, "-o FILE"));

  run_cli (&negative, "generate", "--cards", "-3", "-o", "/nonexistent/x.tandem", NULL);
  g_assert_cmpint (negative.status, ==, 2);
  g_assert_nonnull (strstr (negative.err, "negative"));
}

static void
edit_card (const char *path,
           guint       n,
           const char *field,
           const char *value)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(TandemWorkspace) ws = tandem_file_load (file, NULL, &error);
  g_autoptr(TandemObject) card = NULL;

  g_assert_no_error (error);
  card = g_list_model_get_item (G_LIST_MODEL (tandem_workspace_get_cards (ws)), n);
  tandem_workspace_set (ws, card, field, value, NULL);
  g_assert_true (tandem_file_save (ws, file, NULL, &error));
  g_assert_no_error (error);
}

static char *
card_field (const char *path,
            guint       n,
            const char *field)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(TandemWorkspace) ws = tandem_file_load (file, NULL, NULL);
  g_autoptr(TandemObject) card = NULL;

  g_assert_nonnull (ws);
  card = g_list_model_get_item (G_LIST_MODEL (tandem_workspace_get_cards (ws)), n);
  return g_strdup (tandem_object_get_string (card, field));
}

static void
test_merge (void)
{
  g_autofree char *sample = sample_path ();
  g_autofree char *dir = g_dir_make_tmp ("tandem-merge-XXXXXX", NULL);
  g_autofree char *base = g_build_filename (dir, "base.tandem", NULL);
  g_autofree char *ours = g_build_filename (dir, "ours.tandem", NULL);
  g_autofree char *theirs = g_build_filename (dir, "theirs.tandem", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *t0 = NULL;
  g_autofree char *t1 = NULL;
  g_autofree char *bad = hostile_path ("malformed.tandem");
  g_auto(Run) clean = { 0, };
  g_auto(Run) conflicted = { 0, };
  g_auto(Run) broken = { 0, };

  g_assert_true (g_file_get_contents (sample, &contents, NULL, NULL));
  for (const char *path = base; path != NULL; path = path == base ? ours : path == ours ? theirs : NULL)
    g_assert_true (g_file_set_contents (path, contents, -1, NULL));

  edit_card (ours, 0, "title", "Ours changed card 0");
  edit_card (theirs, 1, "title", "Theirs changed card 1");
  run_cli (&clean, "merge", base, ours, theirs, NULL);
  g_assert_cmpint (clean.status, ==, 0);
  t0 = card_field (ours, 0, "title");
  t1 = card_field (ours, 1, "title");
  g_assert_cmpstr (t0, ==, "Ours changed card 0");
  g_assert_cmpstr (t1, ==, "Theirs changed card 1");

  /* The same field both ways: exit 1, conflict recorded, file still valid. */
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (ours, &contents, NULL, NULL));
  g_assert_true (g_file_set_contents (base, contents, -1, NULL));
  g_assert_true (g_file_set_contents (theirs, contents, -1, NULL));
  edit_card (ours, 2, "title", "Ours");
  edit_card (theirs, 2, "title", "Theirs");
  run_cli (&conflicted, "merge", base, ours, theirs, NULL);
  g_assert_cmpint (conflicted.status, ==, 1);
  g_assert_nonnull (strstr (conflicted.err, "1 conflict"));
  {
    g_autoptr(GFile) file = g_file_new_for_path (ours);
    g_autoptr(TandemWorkspace) ws = tandem_file_load (file, NULL, NULL);

    g_assert_nonnull (ws);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tandem_workspace_get_conflicts (ws))), ==, 1);
  }

  /* An unreadable input: above 1, and OURS is left alone. */
  g_assert_true (g_file_get_contents (ours, &before, NULL, NULL));
  run_cli (&broken, "merge", base, ours, bad, NULL);
  g_assert_cmpint (broken.status, >, 1);
  g_assert_true (g_file_get_contents (ours, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, before);

  g_unlink (base);
  g_unlink (ours);
  g_unlink (theirs);
  g_rmdir (dir);
}

static void
git (const char *dir,
     const char *first,
     ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  int status;
  va_list args;

  g_ptr_array_add (argv, (gpointer) "git");
  g_ptr_array_add (argv, (gpointer) "-c");
  g_ptr_array_add (argv, (gpointer) "user.name=Tandem Test");
  g_ptr_array_add (argv, (gpointer) "-c");
  g_ptr_array_add (argv, (gpointer) "user.email=test@example.invalid");
  va_start (args, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);
  g_assert_true (g_spawn_sync (dir, (char **) argv->pdata, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL,
                               NULL, NULL, NULL, &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("git %s failed: %s", first, err);
}

/* Two branches edit different fields of the same card: one line of the file,
 * so git's own text merge conflicts; the driver git-setup installed merges. */
static void
test_git_merge (void)
{
  g_autofree char *sample = sample_path ();
  g_autofree char *dir = g_dir_make_tmp ("tandem-git-XXXXXX", NULL);
  g_autofree char *plan = g_build_filename (dir, "plan.tandem", NULL);
  g_autofree char *attributes = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *t3 = NULL;
  g_autofree char *t4 = NULL;
  g_autofree char *cwd = g_get_current_dir ();
  g_auto(Run) setup = { 0, };
  g_auto(Run) again = { 0, };
  g_autofree char *cleanup = NULL;

  git (dir, "init", "-q", "-b", "main", NULL);
  g_assert_true (g_file_get_contents (sample, &contents, NULL, NULL));
  g_assert_true (g_file_set_contents (plan, contents, -1, NULL));

  g_assert_cmpint (g_chdir (dir), ==, 0);
  run_cli (&setup, "git-setup", NULL);
  run_cli (&again, "git-setup", NULL);
  g_assert_cmpint (g_chdir (cwd), ==, 0);
  g_assert_cmpint (setup.status, ==, 0);
  g_assert_cmpint (again.status, ==, 0);
  {
    g_autofree char *path = g_build_filename (dir, ".gitattributes", NULL);

    g_assert_true (g_file_get_contents (path, &attributes, NULL, NULL));
    /* Set up twice, written once. */
    g_assert_cmpstr (attributes, ==, "*.tandem merge=tandem\n");
  }

  git (dir, "add", "-A", NULL);
  git (dir, "commit", "-q", "-m", "base", NULL);
  git (dir, "checkout", "-q", "-b", "marketing", NULL);
  edit_card (plan, 3, "title", "Marketing renamed card 3");
  git (dir, "commit", "-q", "-am", "marketing", NULL);
  git (dir, "checkout", "-q", "main", NULL);
  edit_card (plan, 3, "target", "2030-Q3");
  git (dir, "commit", "-q", "-am", "product", NULL);
  git (dir, "merge", "-q", "--no-edit", "marketing", NULL);

  t3 = card_field (plan, 3, "title");
  t4 = card_field (plan, 3, "target");
  g_assert_cmpstr (t3, ==, "Marketing renamed card 3");
  g_assert_cmpstr (t4, ==, "2030-Q3");

  /* Different cards merge too. */
  git (dir, "checkout", "-q", "-b", "marketing-2", NULL);
  edit_card (plan, 5, "title", "Marketing renamed card 5");
  git (dir, "commit", "-q", "-am", "marketing 2", NULL);
  git (dir, "checkout", "-q", "main", NULL);
  edit_card (plan, 6, "title", "Product renamed card 6");
  git (dir, "commit", "-q", "-am", "product 2", NULL);
  git (dir, "merge", "-q", "--no-edit", "marketing-2", NULL);
  {
    g_autofree char *t5 = card_field (plan, 5, "title");
    g_autofree char *t6 = card_field (plan, 6, "title");

    g_assert_cmpstr (t5, ==, "Marketing renamed card 5");
    g_assert_cmpstr (t6, ==, "Product renamed card 6");
  }

  /* The same field both ways: git reports a conflict, and the file holds it
   * and stays a valid workspace. */
  git (dir, "checkout", "-q", "-b", "marketing-3", NULL);
  edit_card (plan, 7, "title", "Marketing's title");
  git (dir, "commit", "-q", "-am", "marketing 3", NULL);
  git (dir, "checkout", "-q", "main", NULL);
  edit_card (plan, 7, "title", "Product's title");
  git (dir, "commit", "-q", "-am", "product 3", NULL);
  {
    const char *argv[] = { "git", "merge", "-q", "--no-edit", "marketing-3", NULL };
    g_autoptr(GFile) file = g_file_new_for_path (plan);
    g_autoptr(TandemWorkspace) ws = NULL;
    g_autoptr(GError) error = NULL;
    int status;

    g_assert_true (g_spawn_sync (dir, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL |
                                 G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL, NULL, &status, NULL));
    g_assert_false (g_spawn_check_wait_status (status, NULL));
    ws = tandem_file_load (file, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tandem_workspace_get_conflicts (ws))), ==, 1);
  }

  cleanup = g_strdup_printf ("rm -rf %s", dir);
  g_assert_true (g_spawn_command_line_sync (cleanup, NULL, NULL, NULL, NULL));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/version-and-usage", test_version_and_usage);
  g_test_add_func ("/cli/validate", test_validate);
  g_test_add_func ("/cli/format", test_format);
  g_test_add_func ("/cli/format-invalid-untouched", test_format_invalid_untouched);
  g_test_add_func ("/cli/info", test_info);
  g_test_add_func ("/cli/merge", test_merge);
  g_test_add_func ("/cli/git-merge", test_git_merge);
  g_test_add_func ("/cli/generate/counts", test_generate_counts);
  g_test_add_func ("/cli/generate/scripts", test_generate_scripts);
  g_test_add_func ("/cli/generate/deterministic", test_generate_deterministic);
  g_test_add_func ("/cli/generate/valid", test_generate_valid);
  g_test_add_func ("/cli/generate/usage", test_generate_usage);

  return g_test_run ();
}
