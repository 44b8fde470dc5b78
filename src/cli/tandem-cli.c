/* tandem-cli.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "tandem-file.h"
#include "tandem-generate.h"
#include "tandem-ical.h"
#include "tandem-month-render.h"
#include "tandem-roadmap-render.h"

/* tandem-cli: what the app does with workspaces, without a display.
 * Exit codes: 0 success, 1 an invalid or non-canonical file, 2 usage or I/O. */

enum {
  EXIT_OK = 0,
  EXIT_INVALID = 1,
  EXIT_TROUBLE = 2,
};

typedef struct
{
  const char *name;
  const char *args;
  const char *summary;
  int       (*run) (int argc, char **argv);
} Command;

static gboolean
parse_options (const char    *parameter,
               const char    *summary,
               GOptionEntry  *entries,
               int           *argc,
               char        ***argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (parameter);
  g_autoptr(GError) error = NULL;

  g_option_context_set_summary (context, summary);
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, argc, argv, &error))
    {
      g_printerr ("tandem-cli: %s\n", error->message);
      return FALSE;
    }
  return TRUE;
}

/* Loading errors already read “file:line:column: message”. */
/* @for_editing: for a workspace that will be saved back. */
static TandemWorkspace *
load (const char  *path,
      gboolean     for_editing,
      int         *status)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;
  TandemWorkspace *workspace = for_editing ? tandem_file_load (file, NULL, &error)
                                           : tandem_file_load_for_reading (file, NULL, &error);

  if (workspace == NULL)
    {
      g_printerr ("%s\n", error->message);
      *status = error->domain == TANDEM_FORMAT_ERROR ? EXIT_INVALID : EXIT_TROUBLE;
    }
  return workspace;
}

static int
run_validate (int    argc,
              char **argv)
{
  int status = EXIT_OK;

  if (!parse_options (_("FILE…"), _("Check that workspaces are valid."), NULL, &argc, &argv))
    return EXIT_TROUBLE;
  if (argc < 2)
    {
      g_printerr ("tandem-cli validate: %s\n", _("name at least one file"));
      return EXIT_TROUBLE;
    }

  for (int i = 1; i < argc; i++)
    {
      int file_status = EXIT_OK;
      g_autoptr(TandemWorkspace) workspace = load (argv[i], FALSE, &file_status);

      status = MAX (status, file_status);
    }
  return status;
}

static int
run_format (int    argc,
            char **argv)
{
  gboolean check = FALSE;
  GOptionEntry entries[] = {
    { "check", 0, 0, G_OPTION_ARG_NONE, &check,
      N_("Only report whether the file is in canonical form"), NULL },
    { NULL }
  };
  g_autoptr(TandemWorkspace) workspace = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) canonical = NULL;
  g_autoptr(GBytes) current = NULL;
  g_autoptr(GError) error = NULL;
  int status = EXIT_OK;

  if (!parse_options (_("FILE"), _("Rewrite a workspace in canonical form."), entries, &argc, &argv))
    return EXIT_TROUBLE;
  if (argc != 2)
    {
      g_printerr ("tandem-cli format: %s\n", _("name one file"));
      return EXIT_TROUBLE;
    }

  workspace = load (argv[1], TRUE, &status);
  if (workspace == NULL)
    return status;

  file = g_file_new_for_commandline_arg (argv[1]);
  current = g_file_load_bytes (file, NULL, NULL, &error);
  if (current == NULL)
    {
      g_printerr ("%s\n", error->message);
      return EXIT_TROUBLE;
    }
  canonical = tandem_xml_write (workspace);
  if (g_bytes_equal (canonical, current))
    return EXIT_OK;

  if (check)
    {
      g_printerr (_("%s: not in canonical form; “tandem-cli format %s” rewrites it\n"),
                  argv[1], argv[1]);
      return EXIT_INVALID;
    }

  if (!tandem_file_save (workspace, file, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_TROUBLE;
    }
  return EXIT_OK;
}

/* volatile: a store the compiler sees nothing read would be dropped, and the
 * workspace would look lost to leak checkers. */
static TandemWorkspace * volatile kept_workspace;

static guint
count_children (TandemCollection *collection)
{
  GListModel *model = G_LIST_MODEL (collection);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(TandemObject) object = g_list_model_get_item (model, i);

      n += g_list_model_get_n_items (G_LIST_MODEL (tandem_object_get_children (object)));
    }
  return n;
}

static int
run_info (int    argc,
          char **argv)
{
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL }
  };
  g_autoptr(TandemWorkspace) workspace = NULL;
  int status = EXIT_OK;
  struct {
    const char *name;
    guint       count;
  } counts[32];
  guint n = 0;

  if (!parse_options (_("FILE"), _("Count what a workspace holds."), entries, &argc, &argv))
    return EXIT_TROUBLE;
  if (argc != 2)
    {
      g_printerr ("tandem-cli info: %s\n", _("name one file"));
      return EXIT_TROUBLE;
    }

  workspace = load (argv[1], FALSE, &status);
  if (workspace == NULL)
    return status;

  /* The containers, then three kinds of children. */
  g_assert (g_strv_length ((GStrv) tandem_workspace_list_containers ()) + 3 <= G_N_ELEMENTS (counts));
  for (const char * const *c = tandem_workspace_list_containers (); *c != NULL; c++)
    {
      TandemCollection *collection = tandem_workspace_get_container (workspace, *c);

      counts[n].name = *c;
      counts[n++].count = g_list_model_get_n_items (G_LIST_MODEL (collection));
    }
  counts[n].name = "metrics";
  counts[n++].count = count_children (tandem_workspace_get_cards (workspace));
  counts[n].name = "tasks";
  counts[n++].count = count_children (tandem_workspace_get_launches (workspace));
  counts[n].name = "highlights";
  counts[n++].count = count_children (tandem_workspace_get_interviews (workspace));

  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonGenerator) generator = json_generator_new ();
      g_autoptr(JsonNode) root = NULL;
      g_autofree char *text = NULL;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "file");
      json_builder_add_string_value (builder, argv[1]);
      json_builder_set_member_name (builder, "title");
      json_builder_add_string_value (builder,
                                     tandem_object_get_string (TANDEM_OBJECT (workspace), "title"));
      json_builder_set_member_name (builder, "counts");
      json_builder_begin_object (builder);
      for (guint i = 0; i < n; i++)
        {
          json_builder_set_member_name (builder, counts[i].name);
          json_builder_add_int_value (builder, counts[i].count);
        }
      json_builder_end_object (builder);
      json_builder_end_object (builder);

      root = json_builder_get_root (builder);
      json_generator_set_root (generator, root);
      json_generator_set_pretty (generator, TRUE);
      text = json_generator_to_data (generator, NULL);
      g_print ("%s\n", text);
    }
  else
    {
      g_print ("%s\n", tandem_object_get_string (TANDEM_OBJECT (workspace), "title"));
      for (guint i = 0; i < n; i++)
        g_print ("%-12s %u\n", counts[i].name, counts[i].count);
    }

  /* The process ends here: tearing down a large workspace object by object
   * would cost a tenth of the command's time for nothing.  It stays
   * reachable, so leak checkers do not count it. */
  kept_workspace = g_steal_pointer (&workspace);
  return EXIT_OK;
}

static int
run_generate (int    argc,
              char **argv)
{
  int n_cards = 50;
  int n_launches = 10;
  int n_interviews = 20;
  int seed = 1;
  g_autofree char *output = NULL;
  GOptionEntry entries[] = {
    { "cards", 0, 0, G_OPTION_ARG_INT, &n_cards, N_("How many cards (50)"), "N" },
    { "launches", 0, 0, G_OPTION_ARG_INT, &n_launches, N_("How many launches (10)"), "N" },
    { "interviews", 0, 0, G_OPTION_ARG_INT, &n_interviews, N_("How many interviews (20)"), "N" },
    { "seed", 0, 0, G_OPTION_ARG_INT, &seed, N_("The seed: the same seed gives the same file (1)"), "S" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The file to write"), "FILE" },
    { NULL }
  };
  TandemGenerateOptions options;
  g_autoptr(TandemWorkspace) workspace = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (!parse_options (NULL, _("Write a realistic workspace of any size, for tests and benchmarks."),
                      entries, &argc, &argv))
    return EXIT_TROUBLE;
  if (argc != 1 || output == NULL)
    {
      g_printerr ("tandem-cli generate: %s\n", _("name the output file with -o FILE"));
      return EXIT_TROUBLE;
    }
  if (n_cards < 0 || n_launches < 0 || n_interviews < 0 || seed < 0)
    {
      g_printerr ("tandem-cli generate: %s\n", _("counts and the seed cannot be negative"));
      return EXIT_TROUBLE;
    }

  options.n_cards = n_cards;
  options.n_launches = n_launches;
  options.n_interviews = n_interviews;
  options.seed = seed;
  workspace = tandem_generate_workspace (&options);

  file = g_file_new_for_commandline_arg (output);
  if (!tandem_file_save (workspace, file, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_TROUBLE;
    }
  return EXIT_OK;
}

/* git's merge-driver contract: the result replaces OURS; exit 0 when clean,
 * 1 when conflicts were recorded in the file, above 1 on error (OURS is then
 * left as it was). */
static int
run_merge (int    argc,
           char **argv)
{
  g_autoptr(TandemWorkspace) base = NULL;
  g_autoptr(TandemWorkspace) ours = NULL;
  g_autoptr(TandemWorkspace) theirs = NULL;
  g_autoptr(TandemWorkspace) merged = NULL;
  g_autoptr(GError) error = NULL;
  int status = EXIT_OK;
  guint n_conflicts;

  if (!parse_options (_("BASE OURS THEIRS"),
                      _("Merge two versions of a workspace with their common ancestor; "
                        "the result replaces OURS (a git merge driver)."),
                      NULL, &argc, &argv))
    return EXIT_TROUBLE;
  if (argc != 4)
    {
      g_printerr ("tandem-cli merge: %s\n", _("name three files: BASE OURS THEIRS"));
      return EXIT_TROUBLE;
    }

  if ((base = load (argv[1], TRUE, &status)) == NULL ||
      (ours = load (argv[2], TRUE, &status)) == NULL ||
      (theirs = load (argv[3], TRUE, &status)) == NULL)
    return EXIT_TROUBLE;

  merged = tandem_merge (base, ours, theirs);
  tandem_workspace_set_origin (merged, tandem_workspace_get_file (ours),
                               tandem_workspace_get_etag (ours));
  if (!tandem_file_save (merged, tandem_workspace_get_file (ours), NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_TROUBLE;
    }

  n_conflicts = g_list_model_get_n_items (G_LIST_MODEL (tandem_workspace_get_conflicts (merged)));
  if (n_conflicts > 0)
    {
      g_printerr (g_dngettext (GETTEXT_PACKAGE,
                               "%s: %u conflict recorded in the workspace; open it in Tandem to resolve it\n",
                               "%s: %u conflicts recorded in the workspace; open it in Tandem to resolve them\n",
                               n_conflicts),
                  argv[2], n_conflicts);
      return EXIT_INVALID;
    }
  return EXIT_OK;
}

static gboolean
run_git (const char  *dir,
         char       **out,
         GError     **error,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *err = NULL;
  int wait_status;
  va_list args;

  g_ptr_array_add (argv, (gpointer) "git");
  va_start (args, error);
  for (const char *arg = va_arg (args, const char *); arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  if (!g_spawn_sync (dir, (char **) argv->pdata, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                     out, &err, &wait_status, error))
    return FALSE;
  if (!g_spawn_check_wait_status (wait_status, NULL))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "git: %s", g_strstrip (err));
      return FALSE;
    }
  return TRUE;
}

/* The command git runs: this tandem-cli, by its absolute path unless it is
 * the one found on PATH. */
static char *
driver_command (void)
{
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *on_path = g_find_program_in_path ("tandem-cli");
  g_autofree char *on_path_real = on_path != NULL ? realpath (on_path, NULL) : NULL;
  g_autofree char *quoted = NULL;

  if (self == NULL || g_strcmp0 (self, on_path_real) == 0)
    return g_strdup ("tandem-cli merge %O %A %B");
  quoted = g_shell_quote (self);
  return g_strdup_printf ("%s merge %%O %%A %%B", quoted);
}

static int
run_git_setup (int    argc,
               char **argv)
{
  g_autofree char *top = NULL;
  g_autofree char *attributes_path = NULL;
  g_autofree char *attributes = NULL;
  g_autofree char *driver = driver_command ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  gboolean present = FALSE;

  if (!parse_options (NULL, _("Make git merge workspaces with tandem-cli merge in this repository."),
                      NULL, &argc, &argv))
    return EXIT_TROUBLE;

  if (!run_git (NULL, &top, &error, "rev-parse", "--show-toplevel", NULL))
    {
      g_printerr ("tandem-cli git-setup: %s\n", error->message);
      return EXIT_TROUBLE;
    }
  g_strstrip (top);

  if (!run_git (top, NULL, &error, "config", "merge.tandem.name", "Tandem workspace merge", NULL) ||
      !run_git (top, NULL, &error, "config", "merge.tandem.driver", driver, NULL))
    {
      g_printerr ("tandem-cli git-setup: %s\n", error->message);
      return EXIT_TROUBLE;
    }

  attributes_path = g_build_filename (top, ".gitattributes", NULL);
  if (!g_file_get_contents (attributes_path, &attributes, NULL, &error))
    {
      if (!g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        {
          g_printerr ("tandem-cli git-setup: %s\n", error->message);
          return EXIT_TROUBLE;
        }
      g_clear_error (&error);
    }
  lines = g_strsplit (attributes != NULL ? attributes : "", "\n", -1);
  for (guint i = 0; lines[i] != NULL && !present; i++)
    present = strcmp (g_strstrip (lines[i]), "*.tandem merge=tandem") == 0;
  if (!present)
    {
      g_autofree char *updated = g_strconcat (attributes != NULL ? attributes : "",
                                              attributes != NULL && attributes[0] != '\0' &&
                                              !g_str_has_suffix (attributes, "\n") ? "\n" : "",
                                              "*.tandem merge=tandem\n", NULL);

      if (!g_file_set_contents (attributes_path, updated, -1, &error))
        {
          g_printerr ("tandem-cli git-setup: %s\n", error->message);
          return EXIT_TROUBLE;
        }
    }

  g_print (_("git now merges *.tandem files with “%s” in %s\n"), driver, top);
  return EXIT_OK;
}

/* Writes the launches and their tasks as iCalendar. */
static int
run_export_ics (int    argc,
                char **argv)
{
  g_autofree char *output = NULL;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write to OUT.ics"), N_("OUT.ics") },
    { NULL }
  };
  g_autoptr(TandemWorkspace) workspace = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  int status = EXIT_OK;

  if (!parse_options (_("FILE -o OUT.ics"), _("Export launch dates and tasks as iCalendar."),
                      entries, &argc, &argv))
    return EXIT_TROUBLE;
  if (argc != 2 || output == NULL)
    {
      g_printerr ("tandem-cli export-ics: %s\n", _("name one file and -o OUT.ics"));
      return EXIT_TROUBLE;
    }
  if ((workspace = load (argv[1], FALSE, &status)) == NULL)
    return status;
  file = g_file_new_for_commandline_arg (output);
  if (!tandem_ical_export_to_file (workspace, file, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_TROUBLE;
    }
  return EXIT_OK;
}

/* "2026-03" → 1 March 2026. */
/* A month from year 2 on: the grid of January of year 1 would start before
 * the first day GDate knows. */
static gboolean
parse_month (const char *text,
             GDate      *month)
{
  guint year, number;
  int end = 0;

  g_date_clear (month, 1);
  if (text == NULL || sscanf (text, "%4u-%2u%n", &year, &number, &end) != 2 || text[end] != '\0' ||
      year < 2 || number < 1 || number > 12)
    return FALSE;
  g_date_set_dmy (month, 1, number, year);
  return TRUE;
}

static gboolean
parse_weekday (const char   *text,
               GDateWeekday *weekday)
{
  const char *names[] = { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strcasecmp (text, names[i]) == 0)
      {
        *weekday = G_DATE_MONDAY + i;
        return TRUE;
      }
  return FALSE;
}

/* Prints the files an export wrote, one a line, or why it failed. */
static int
report_export (GPtrArray    *written,
               const GError *error)
{
  if (written == NULL)
    {
      g_printerr ("tandem-cli export: %s\n", error->message);
      return EXIT_TROUBLE;
    }
  for (guint i = 0; i < written->len; i++)
    g_print ("%s\n", (char *) g_ptr_array_index (written, i));
  return EXIT_OK;
}

/* Draws months of the launch calendar, one a page. */
static int
export_months (TandemWorkspace         *workspace,
               const char              *first,
               int                      n_months,
               const char              *week_start,
               const TandemPageOptions *options,
               const char              *format,
               const char              *output,
               double                   dpi)
{
  g_autoptr(TandemMonthRender) render = NULL;
  g_autoptr(GPtrArray) written = NULL;
  g_autoptr(GError) error = NULL;
  GDateWeekday weekday = tandem_launch_ops_locale_week_start ();
  GDate month;

  if (!parse_month (first, &month) || n_months < 1 || n_months > 120 ||
      (week_start != NULL && !parse_weekday (week_start, &weekday)))
    {
      g_printerr ("tandem-cli export: %s\n",
                  _("--calendar takes a month as YYYY-MM, --months 1 to 120, --week-start a weekday "
                    "such as monday"));
      return EXIT_TROUBLE;
    }
  render = tandem_month_render_new (workspace, &month, n_months, weekday, options);
  written = tandem_month_render_export (render, format, output, dpi, &error);
  return report_export (written, error);
}

/* Draws the roadmap — today's, a snapshot's or a comparison — or months of
 * the launch calendar to PDF, SVG or PNG.  SVG and PNG hold one page per file: OUT-1.png, OUT-2.png… when there
 * are several.  Prints the files written. */
static int
run_export (int    argc,
            char **argv)
{
  g_autofree char *output = NULL, *format = NULL, *layout = NULL, *paper = NULL;
  g_autofree char *snapshot_name = NULL, *compare_name = NULL, *tiles = NULL;
  g_autofree char *calendar = NULL, *week_start = NULL;
  int n_months = 1;
  gboolean landscape = FALSE;
  double dpi = 96;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The file to write"), "OUT" },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format, N_("pdf, svg or png (from OUT’s extension)"), "F" },
    { "layout", 0, 0, G_OPTION_ARG_STRING, &layout, N_("fit, poster or overview (fit)"), "L" },
    { "paper", 0, 0, G_OPTION_ARG_STRING, &paper, N_("a4, letter, a3 or tabloid (a4)"), "P" },
    { "landscape", 0, 0, G_OPTION_ARG_NONE, &landscape, N_("Landscape pages"), NULL },
    { "poster-pages", 0, 0, G_OPTION_ARG_STRING, &tiles, N_("A poster of C×R pages (automatic)"), "CxR" },
    { "snapshot", 0, 0, G_OPTION_ARG_STRING, &snapshot_name, N_("Draw this snapshot"), "NAME" },
    { "compare", 0, 0, G_OPTION_ARG_STRING, &compare_name, N_("Mark the changes since this snapshot"), "NAME" },
    { "dpi", 0, 0, G_OPTION_ARG_DOUBLE, &dpi, N_("PNG resolution (96)"), "DPI" },
    { "calendar", 0, 0, G_OPTION_ARG_STRING, &calendar, N_("Draw this month of the launch calendar instead"), "YYYY-MM" },
    { "months", 0, 0, G_OPTION_ARG_INT, &n_months, N_("With --calendar: how many months, one a page (1)"), "N" },
    { "week-start", 0, 0, G_OPTION_ARG_STRING, &week_start, N_("With --calendar: the first day of the week (the locale’s)"), "DAY" },
    { NULL }
  };
  g_autoptr(TandemWorkspace) workspace = NULL;
  g_autoptr(TandemRoadmap) roadmap = NULL, before = NULL, marked = NULL;
  g_autoptr(GPtrArray) changes = NULL, written = NULL;
  g_autoptr(TandemRoadmapRender) render = NULL;
  g_autoptr(GError) error = NULL;
  TandemPageOptions options;
  TandemLayoutKind kind = TANDEM_LAYOUT_FIT;
  double w, h;
  int status = EXIT_OK;

  if (!parse_options (_("FILE -o OUT"), _("Export the roadmap, or months of the launch calendar, as PDF, SVG or PNG."), entries, &argc, &argv))
    return EXIT_TROUBLE;
  if (format == NULL && output != NULL && strrchr (output, '.') != NULL)
    format = g_ascii_strdown (strrchr (output, '.') + 1, -1);
  if (argc != 2 || output == NULL || (layout != NULL && !tandem_layout_kind_from_string (layout, &kind)) ||
      (paper != NULL && !tandem_paper_get_size (paper, TANDEM_ORIENTATION_PORTRAIT, &w, &h)))
    {
      g_printerr ("tandem-cli export: %s\n", _("name one file, -o OUT, and a known --layout and --paper"));
      return EXIT_TROUBLE;
    }
  if (calendar != NULL && (snapshot_name != NULL || compare_name != NULL || layout != NULL || tiles != NULL))
    {
      g_printerr ("tandem-cli export: %s\n",
                  _("--calendar draws the launch calendar: it takes no --snapshot, --compare, --layout or --poster-pages"));
      return EXIT_TROUBLE;
    }
  if ((workspace = load (argv[1], FALSE, &status)) == NULL)
    return status;

  tandem_page_options_init (&options, paper != NULL ? paper : "a4",
                            landscape ? TANDEM_ORIENTATION_LANDSCAPE : TANDEM_ORIENTATION_PORTRAIT, kind);
  if (calendar != NULL)
    return export_months (workspace, calendar, n_months, week_start, &options, format, output, dpi);

  for (guint i = 0; i < 2; i++)
    {
      const char *name = i == 0 ? snapshot_name : compare_name;
      TandemSnapshot *snapshot = name != NULL ? tandem_snapshots_find (workspace, name) : NULL;

      if (name != NULL && snapshot == NULL)
        {
          g_printerr ("tandem-cli export: %s “%s”\n", _("no snapshot"), name);
          return EXIT_TROUBLE;
        }
      if (i == 0)
        roadmap = snapshot != NULL ? tandem_roadmap_new_from_snapshot (workspace, snapshot)
                                   : tandem_roadmap_new_current (workspace);
      else if (snapshot != NULL)
        before = tandem_roadmap_new_from_snapshot (workspace, snapshot);
    }
  if (before != NULL)
    {
      changes = tandem_roadmap_compare (before, roadmap);
      marked = tandem_roadmap_new_marked (before, roadmap, changes);
    }

  if (tiles != NULL && sscanf (tiles, "%ux%u", &options.poster_columns, &options.poster_rows) != 2)
    options.poster_columns = options.poster_rows = 0;
  render = tandem_roadmap_render_new (marked != NULL ? marked : roadmap, before, changes, &options);
  written = tandem_roadmap_render_export (render, format, output, dpi, &error);
  return report_export (written, error);
}

static const Command commands[] = {
  { "validate", "FILE...", N_("Check that workspaces are valid"), run_validate },
  { "format", "FILE [--check]", N_("Rewrite a workspace in canonical form"), run_format },
  { "info", "FILE [--json]", N_("Count what a workspace holds"), run_info },
  { "merge", "BASE OURS THEIRS", N_("Three-way merge into OURS (git merge driver)"), run_merge },
  { "git-setup", "", N_("Set up the git merge driver in this repository"), run_git_setup },
  { "generate", "-o FILE [--cards N…]", N_("Write a realistic workspace for tests"), run_generate },
  { "export-ics", "FILE -o OUT.ics", N_("Export launch dates as iCalendar"), run_export_ics },
  { "export", "FILE -o OUT [--layout…]", N_("Export the roadmap or a calendar month as PDF, SVG or PNG"), run_export },
};

static void
usage (void)
{
  g_printerr ("%s\n\n", _("Usage: tandem-cli COMMAND [OPTION…]"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_printerr ("  %-9s %-18s %s\n", commands[i].name, commands[i].args, _(commands[i].summary));
  g_printerr ("\n  %-28s %s\n", "--version", _("Print the version"));
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (argc < 2)
    {
      usage ();
      return EXIT_TROUBLE;
    }
  if (strcmp (argv[1], "--version") == 0)
    {
      g_print ("tandem-cli %s\n", PACKAGE_VERSION);
      return EXIT_OK;
    }
  if (strcmp (argv[1], "--help") == 0 || strcmp (argv[1], "-h") == 0)
    {
      usage ();
      return EXIT_OK;
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (strcmp (argv[1], commands[i].name) == 0)
      return commands[i].run (argc - 1, argv + 1);

  g_printerr ("tandem-cli: %s “%s”\n", _("unknown command"), argv[1]);
  usage ();
  return EXIT_TROUBLE;
}
