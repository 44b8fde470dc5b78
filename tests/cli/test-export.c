/* test-export.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * tandem-cli export, checked with poppler's pdfinfo and pdftotext.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "tandem-file.h"
#include "tandem-launch-ops.h"
#include "tandem-snapshots.h"

static char *tmpdir;

static char *
sample_path (void)
{
  return g_build_filename (g_getenv ("TANDEM_SOURCE_ROOT"), "data", "samples", "orbit.tandem", NULL);
}

/* Runs a program; returns its exit status and, optionally, its output. */
static int
run (char **out,
     const char *first,
     ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *output = NULL;
  g_autofree char *errors = NULL;
  int status;
  va_list ap;

  va_start (ap, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  g_spawn_sync (NULL, (char **) args->pdata, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                &output, &errors, &status, &error);
  g_assert_no_error (error);
  if (errors != NULL && errors[0] != '\0')
    g_test_message ("%s: %s", first, errors);
  if (out != NULL)
    *out = g_steal_pointer (&output);
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

static int
export (const char *output,
        const char *first_option,
        ...)
{
  g_autofree char *sample = sample_path ();
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  int status;
  va_list ap;

  g_ptr_array_add (args, (gpointer) g_getenv ("TANDEM_CLI"));
  g_ptr_array_add (args, (gpointer) "export");
  g_ptr_array_add (args, sample);
  g_ptr_array_add (args, (gpointer) "-o");
  g_ptr_array_add (args, (gpointer) output);
  va_start (ap, first_option);
  for (const char *arg = first_option; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  g_spawn_sync (NULL, (char **) args->pdata, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                NULL, NULL, &status, &error);
  g_assert_no_error (error);
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

static guint
pdf_pages (const char *path)
{
  g_autofree char *info = NULL;
  const char *line;

  g_assert_cmpint (run (&info, "pdfinfo", path, NULL), ==, 0);
  line = strstr (info, "Pages:");
  g_assert_nonnull (line);
  return (guint) g_ascii_strtoull (line + strlen ("Pages:"), NULL, 10);
}

/* The text of a PDF, every run of white space one space, and none after a
 * hyphen: titles wrap, after a hyphen too. */
static char *
pdf_text (const char *path)
{
  g_autofree char *text = NULL;
  g_autofree char *joined = NULL;
  g_autoptr(GRegex) space = g_regex_new ("\\s+", 0, 0, NULL);
  g_autoptr(GRegex) hyphen = g_regex_new ("-\\s+", 0, 0, NULL);

  g_assert_cmpint (run (&text, "pdftotext", "-enc", "UTF-8", path, "-", NULL), ==, 0);
  joined = g_regex_replace_literal (hyphen, text, -1, 0, "-", 0, NULL);
  return g_regex_replace_literal (space, joined, -1, 0, " ", 0, NULL);
}

static char *
out_path (const char *name)
{
  return g_build_filename (tmpdir, name, NULL);
}

static TandemWorkspace *
load_sample (void)
{
  g_autofree char *path = sample_path ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  TandemWorkspace *workspace = tandem_file_load (file, NULL, NULL);

  g_assert_nonnull (workspace);
  return workspace;
}

static char *
without_hyphens (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, "-", -1);

  return g_strjoinv ("", parts);
}

/* pdftotext joins a word broken after its hyphen without the hyphen: compare
 * without hyphens. */
static void
assert_titles (const char    *text,
               TandemRoadmap *roadmap)
{
  g_autofree char *plain = without_hyphens (text);

  for (guint i = 0; i < roadmap->cards->len; i++)
    {
      TandemRoadmapCard *card = g_ptr_array_index (roadmap->cards, i);
      g_autofree char *title = without_hyphens (card->title);

      if (strstr (plain, title) == NULL)
        g_error ("“%s” is not in the export", card->title);
    }
}

static void
test_layout_pages (void)
{
  struct { const char *layout; const char *paper; gboolean landscape; guint pages; } cases[] = {
    { "fit", "a4", TRUE, 4 },
    { "fit", "a4", FALSE, 2 },
    { "fit", "a3", TRUE, 2 },
    { "poster", "a4", TRUE, 3 },
    { "poster", "letter", FALSE, 4 },
    { "overview", "a4", TRUE, 1 },
    { "overview", "tabloid", FALSE, 1 },
  };
  g_autoptr(TandemWorkspace) workspace = load_sample ();
  g_autoptr(TandemRoadmap) roadmap = tandem_roadmap_new_current (workspace);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("%s-%s-%d.pdf", cases[i].layout, cases[i].paper, cases[i].landscape);
      g_autofree char *pdf = out_path (name);
      g_autofree char *text = NULL;

      g_assert_cmpint (export (pdf, "--layout", cases[i].layout, "--paper", cases[i].paper,
                               cases[i].landscape ? "--landscape" : NULL, NULL), ==, 0);
      g_assert_cmpuint (pdf_pages (pdf), ==, cases[i].pages);
      text = pdf_text (pdf);
      g_assert_nonnull (strstr (text, "Orbit 3.0 planning"));
      g_assert_nonnull (strstr (text, "Current board"));
      g_assert_nonnull (strstr (text, "Now"));
      g_assert_nonnull (strstr (text, "Collaboration"));
      if (strcmp (cases[i].layout, "poster") != 0)
        {
          g_autofree char *footer = g_strdup_printf ("Page %u of %u", cases[i].pages, cases[i].pages);

          g_assert_nonnull (strstr (text, footer));
        }
      assert_titles (text, roadmap);
    }

  /* A poster of 2 × 3 pages is six pages. */
  {
    g_autofree char *pdf = out_path ("poster-2x3.pdf");

    g_assert_cmpint (export (pdf, "--layout", "poster", "--poster-pages", "2x3", NULL), ==, 0);
    g_assert_cmpuint (pdf_pages (pdf), ==, 6);
  }
}

static void
png_size (const char *path,
          guint      *width,
          guint      *height)
{
  g_autofree char *data = NULL;
  gsize length;
  const guint8 *bytes;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  g_assert_cmpuint (length, >, 24);
  bytes = (const guint8 *) data;
  g_assert_cmpmem (bytes + 1, 3, "PNG", 3);
  *width = bytes[16] << 24 | bytes[17] << 16 | bytes[18] << 8 | bytes[19];
  *height = bytes[20] << 24 | bytes[21] << 16 | bytes[22] << 8 | bytes[23];
}

static void
test_png_and_svg (void)
{
  g_autofree char *png = out_path ("board.png");
  g_autofree char *one = out_path ("overview.png");
  g_autofree char *svg = out_path ("overview.svg");
  g_autofree char *svgs = out_path ("board.svg");
  g_autofree char *svg_text = NULL;
  guint w, h;

  /* Four pages of A4 landscape at 96 dpi: board-1.png … board-4.png. */
  g_assert_cmpint (export (png, "--landscape", NULL), ==, 0);
  g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));
  for (guint i = 1; i <= 4; i++)
    {
      g_autofree char *name = g_strdup_printf ("board-%u.png", i);
      g_autofree char *page = out_path (name);

      png_size (page, &w, &h);
      g_assert_cmpuint (w, ==, 1123);
      g_assert_cmpuint (h, ==, 794);
    }
  {
    g_autofree char *fifth = out_path ("board-5.png");

    g_assert_false (g_file_test (fifth, G_FILE_TEST_EXISTS));
  }

  /* One page keeps its name; Letter portrait at 150 dpi. */
  g_assert_cmpint (export (one, "--layout", "overview", "--paper", "letter", "--dpi", "150", NULL), ==, 0);
  png_size (one, &w, &h);
  g_assert_cmpuint (w, ==, 1275);
  g_assert_cmpuint (h, ==, 1650);

  g_assert_cmpint (export (svg, "--layout", "overview", "--paper", "a3", NULL), ==, 0);
  g_assert_true (g_file_get_contents (svg, &svg_text, NULL, NULL));
  g_assert_nonnull (strstr (svg_text, "width=\"841.889764pt\""));
  g_assert_nonnull (strstr (svg_text, "height=\"1190.551181pt\""));

  g_assert_cmpint (export (svgs, "--format", "svg", "--landscape", NULL), ==, 0);
  for (guint i = 1; i <= 4; i++)
    {
      g_autofree char *name = g_strdup_printf ("board-%u.svg", i);
      g_autofree char *page = out_path (name);

      g_assert_true (g_file_test (page, G_FILE_TEST_EXISTS));
    }
}

static void
test_snapshot_and_compare (void)
{
  g_autofree char *snapshot_pdf = out_path ("snapshot.pdf");
  g_autofree char *compare_pdf = out_path ("compare.pdf");
  g_autofree char *missing = out_path ("missing.pdf");
  g_autofree char *text = NULL;
  g_autoptr(TandemWorkspace) workspace = load_sample ();
  g_autoptr(TandemRoadmap) then = NULL;
  g_autoptr(TandemRoadmap) now = tandem_roadmap_new_current (workspace);

  then = tandem_roadmap_new_from_snapshot (workspace, tandem_snapshots_find (workspace, "Q4 planning baseline"));

  g_assert_cmpint (export (snapshot_pdf, "--snapshot", "Q4 planning baseline", "--landscape", NULL), ==, 0);
  text = pdf_text (snapshot_pdf);
  g_assert_nonnull (strstr (text, "Snapshot “Q4 planning baseline” · 2 October 2026"));
  g_assert_nonnull (strstr (text, "CRM sync for booking pages"));
  g_assert_null (strstr (text, "CRM contact enrichment on bookings"));
  assert_titles (text, then);
  g_clear_pointer (&text, g_free);

  g_assert_cmpint (export (compare_pdf, "--compare", "Q4 planning baseline", "--landscape", NULL), ==, 0);
  /* The board's four pages and one page listing the changes. */
  g_assert_cmpuint (pdf_pages (compare_pdf), ==, 5);
  text = pdf_text (compare_pdf);
  g_assert_nonnull (strstr (text, "Changes from Snapshot “Q4 planning baseline”"));
  g_assert_nonnull (strstr (text, "7 changes"));
  g_assert_nonnull (strstr (text, "Moved, changed Guest self-rescheduling with policies Next / Collaboration Now / Collaboration"));
  g_assert_nonnull (strstr (text, "Changed CRM contact enrichment on bookings Next / Integrations Next / Integrations title was “CRM sync for booking pages”"));
  g_assert_nonnull (strstr (text, "Changed Team meeting-free days"));
  assert_titles (text, now);

  g_assert_cmpint (export (missing, "--compare", "No such snapshot", NULL), ==, 2);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_assert_cmpint (export (missing, "--layout", "spiral", NULL), ==, 2);
  g_assert_cmpint (export (missing, "--paper", "b5", NULL), ==, 2);
}

/* A month of the launch calendar: that month's launches and no other's,
 * one page a month, PNG one file a page; bad months are refused. */
static void
test_calendar (void)
{
  g_autoptr(TandemWorkspace) workspace = load_sample ();
  GListModel *launches = G_LIST_MODEL (tandem_workspace_get_launches (workspace));
  g_autofree char *march = out_path ("march.pdf");
  g_autofree char *half_year = out_path ("half-year.pdf");
  g_autofree char *png = out_path ("months.png");
  g_autofree char *png_2 = out_path ("months-2.png");
  g_autofree char *missing = out_path ("missing.pdf");
  g_autofree char *text = NULL;
  g_autofree char *all = NULL;
  guint in_march = 0;

  g_assert_cmpint (export (march, "--calendar", "2027-03", "--landscape", NULL), ==, 0);
  g_assert_cmpuint (pdf_pages (march), ==, 1);
  text = pdf_text (march);
  g_assert_nonnull (strstr (text, "Orbit 3.0 planning"));
  g_assert_nonnull (strstr (text, "Launch calendar · March 2027"));
  g_assert_cmpint (export (half_year, "--calendar", "2027-01", "--months", "6", NULL), ==, 0);
  g_assert_cmpuint (pdf_pages (half_year), ==, 6);
  all = pdf_text (half_year);
  g_assert_nonnull (strstr (all, "Page 6 of 6"));

  for (guint i = 0; i < g_list_model_get_n_items (launches); i++)
    {
      g_autoptr(TandemLaunch) launch = g_list_model_get_item (launches, i);
      const char *title = tandem_object_get_string (TANDEM_OBJECT (launch), "title");
      GDate date;

      g_assert_true (tandem_launch_ops_get_date (launch, &date));
      g_assert_cmpuint (g_date_get_year (&date), ==, 2027);
      g_assert_cmpuint (g_date_get_month (&date), <=, 6);
      in_march += g_date_get_month (&date) == G_DATE_MARCH;
      if ((strstr (text, title) != NULL) != (g_date_get_month (&date) == G_DATE_MARCH))
        g_error ("“%s” of %u/%u is%s on the page of March", title, g_date_get_day (&date),
                 g_date_get_month (&date), g_date_get_month (&date) == G_DATE_MARCH ? " not" : "");
      g_assert_nonnull (strstr (all, title));
    }
  g_assert_cmpuint (in_march, >, 0);

  g_assert_cmpint (export (png, "--calendar", "2027-02", "--months", "2", NULL), ==, 0);
  g_assert_true (g_file_test (png_2, G_FILE_TEST_EXISTS));

  g_assert_cmpint (export (missing, "--calendar", "2027-13", NULL), ==, 2);
  g_assert_cmpint (export (missing, "--calendar", "March", NULL), ==, 2);
  /* The first week of January of year 1 would start before the first day a
   * calendar can name. */
  g_assert_cmpint (export (missing, "--calendar", "0001-01", "--week-start", "sunday", NULL), ==, 2);
  g_assert_cmpint (export (missing, "--calendar", "2027-03", "--months", "0", NULL), ==, 2);
  g_assert_cmpint (export (missing, "--calendar", "2027-03", "--week-start", "someday", NULL), ==, 2);
  g_assert_cmpint (export (missing, "--calendar", "2027-03", "--layout", "poster", NULL), ==, 2);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  int status;

  g_test_init (&argc, &argv, NULL);

  if (pdftotext == NULL || pdfinfo == NULL)
    {
      g_print ("1..0 # SKIP poppler-utils is not installed\n");
      return 0;
    }
  tmpdir = g_dir_make_tmp ("tandem-export-XXXXXX", NULL);

  g_test_add_func ("/cli/export/layout-pages", test_layout_pages);
  g_test_add_func ("/cli/export/png-and-svg", test_png_and_svg);
  g_test_add_func ("/cli/export/snapshot-and-compare", test_snapshot_and_compare);
  g_test_add_func ("/cli/export/calendar", test_calendar);

  status = g_test_run ();
  if (status == 0)
    {
      g_autofree char *command = g_strdup_printf ("rm -rf '%s'", tmpdir);

      (void) system (command);
    }
  return status;
}
