/* test-month-render.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A month of the launch calendar on paper: its items' text stays in their
 * boxes in any script, one page a month, and a crowded day ends in "+N more";
 * the PDF's text is read back with poppler's pdftotext.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "tandem-core.h"
#include "tandem-month-render.h"

static char *tmpdir;

/* More launches on one day than any page has room for. */
#define N_CROWDED 24

static const char * const hard_titles[] = {
  "Offline mode for the mobile apps, with conflict resolution and a queue of edits",
  "オフライン同期とバックグラウンド更新、競合の解決、再起動後も残る編集キュー",
  "团队日程的离线同步与后台刷新以及冲突解决和重启后仍然保留的编辑队列",
  "المزامنة دون اتصال للتطبيقات المحمولة مع حل التعارضات والمزامنة في الخلفية",
  "סנכרון לא מקוון לאפליקציות הניידות עם פתרון התנגשויות, סנכרון ברקע",
  "🚀📅 Launch week 🎉✨ with emoji everywhere 🧑‍🤝‍🧑🌍🔥💡📈🛠️ and more",
  "Supercalifragilisticexpialidocious-booking-page-customisation-without-spaces",
  "Mixed: Offline 同步 مع المزامنة and שלום 🚀 together in one long title",
};

static GDate
day (const char *text)
{
  GDate date;

  g_assert_true (tandem_launch_ops_parse_date (text, &date));
  return date;
}

/* Whatever the script, a launch chip's or a task line's text stays inside
 * the item: measured with Pango, and on the pixels around it. */
static void
test_item_text_fits (void)
{
  const double width = 104, margin = 10;

  for (guint i = 0; i < G_N_ELEMENTS (hard_titles); i++)
    for (int kind = 0; kind < 8; kind++)
      {
        gboolean compact = kind >= 4;
        TandemMonthItem item = { kind % 4 < 3, (char *) hard_titles[i], kind % 4 + 1, kind % 4 == 3 && i % 2 == 0 };
        cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) (width + 2 * margin), 80);
        cairo_t *cr = cairo_create (surface);
        PangoRectangle text;
        const guint8 *data;
        double height;
        int stride;

        cairo_set_source_rgb (cr, 1, 1, 1);
        cairo_paint (cr);
        cairo_translate (cr, margin, margin);
        height = tandem_month_render_item (cr, &item, width, compact, &text);
        cairo_destroy (cr);
        cairo_surface_flush (surface);

        g_test_message ("title %u, kind %d: text at %g,%g size %g×%g in %g×%g", i, kind,
                        pango_units_to_double (text.x), pango_units_to_double (text.y),
                        pango_units_to_double (text.width), pango_units_to_double (text.height),
                        width, height);
        /* A launch wraps to three lines, two when compact; a task to two,
         * one when compact. */
        g_assert_cmpfloat (height, >, 5);
        g_assert_cmpfloat (height, <, 11 * ((item.launch ? 2 : 1) + !compact) + 2);
        g_assert_cmpint (text.width, >, 0);
        g_assert_cmpint (text.x, >=, 0);
        g_assert_cmpint (text.y, >=, 0);
        g_assert_cmpint (text.x + text.width, <=, (int) (width * PANGO_SCALE));
        g_assert_cmpint (text.y + text.height, <=, (int) (height * PANGO_SCALE));

        data = cairo_image_surface_get_data (surface);
        stride = cairo_image_surface_get_stride (surface);
        for (int y = 0; y < 80; y++)
          for (int x = 0; x < (int) (width + 2 * margin); x++)
            {
              gboolean inside = x >= margin - 1 && x < margin + width + 1 &&
                                y >= margin - 1 && y < margin + height + 1;
              guint32 pixel = *(const guint32 *) (data + y * stride + x * 4);

              if (!inside && (pixel & 0xffffff) != 0xffffff)
                g_error ("title %u (kind %d) draws at %d,%d outside its item", i, kind, x, y);
            }
        cairo_surface_destroy (surface);
      }
}

static TandemWorkspace *
crowded_workspace (void)
{
  TandemWorkspace *ws = tandem_workspace_new ();
  TandemLaunch *launch;

  g_assert_true (tandem_workspace_set (ws, ws, "title", "Crowded spring", NULL));
  for (guint i = 1; i <= N_CROWDED; i++)
    {
      g_autofree char *title = g_strdup_printf ("Crowded launch %02u", i);

      tandem_workspace_create (ws, TANDEM_TYPE_LAUNCH, NULL, "title", title, "date", "2026-03-10",
                               "tier", 1 + i % 3, NULL);
    }
  launch = tandem_workspace_create (ws, TANDEM_TYPE_LAUNCH, NULL, "title", "Quiet launch in March",
                                    "date", "2026-03-24", "tier", 2, NULL);
  tandem_workspace_create (ws, TANDEM_TYPE_TASK, launch, "title", "Press briefing", "offset", -7, NULL);
  /* Its task falls due in March; the launch itself is in April. */
  launch = tandem_workspace_create (ws, TANDEM_TYPE_LAUNCH, NULL, "title", "April launch",
                                    "date", "2026-04-02", "tier", 1, NULL);
  tandem_workspace_create (ws, TANDEM_TYPE_TASK, launch, "title", "Analyst deck", "offset", -14, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (hard_titles); i++)
    tandem_workspace_create (ws, TANDEM_TYPE_LAUNCH, NULL, "title", hard_titles[i],
                             "date", i % 2 == 0 ? "2026-03-18" : "2026-03-19", "tier", 1 + i % 3, NULL);
  return ws;
}

static char *
run_text (const char *path)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GRegex) space = g_regex_new ("\\s+", 0, 0, NULL);
  g_autofree char *out = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_regex_replace_literal (space, out, -1, 0, " ", 0, NULL);
}

static void
test_page_counts (void)
{
  g_autoptr(TandemWorkspace) ws = crowded_workspace ();
  GDate month = day ("2026-11-15");
  TandemPageOptions options;

  tandem_page_options_init (&options, "letter", TANDEM_ORIENTATION_LANDSCAPE, TANDEM_LAYOUT_FIT);
  for (guint n = 1; n <= 14; n += 13)
    {
      g_autoptr(TandemMonthRender) render = tandem_month_render_new (ws, &month, n, G_DATE_MONDAY, &options);
      g_autofree char *path = g_strdup_printf ("%s/months-%u.pdf", tmpdir, n);
      g_autoptr(GPtrArray) written = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *text = NULL;

      g_assert_cmpuint (tandem_month_render_get_n_pages (render), ==, n);
      written = tandem_month_render_export (render, "pdf", path, 96, &error);
      g_assert_no_error (error);
      text = run_text (path);
      /* Every page names its month, in order, across a new year. */
      g_assert_nonnull (strstr (text, "Launch calendar · November 2026"));
      g_assert_true ((strstr (text, "Launch calendar · December 2027") != NULL) == (n == 14));
      g_assert_true ((strstr (text, "Launch calendar · January 2027") != NULL) == (n > 2));
      if (n == 14)
        g_assert_true (strstr (text, "January 2027") < strstr (text, "December 2027"));
      g_assert_nonnull (strstr (text, n == 1 ? "Page 1 of 1" : "Page 14 of 14"));
    }
}

static guint
count_shown (const char *text)
{
  guint shown = 0;

  for (guint i = 1; i <= N_CROWDED; i++)
    {
      g_autofree char *title = g_strdup_printf ("Crowded launch %02u", i);

      shown += strstr (text, title) != NULL;
    }
  return shown;
}

/* The month's launches and tasks show; another month's do not; the crowded
 * day shows what fits and says how many more there are. */
static void
test_month_page (void)
{
  g_autoptr(TandemWorkspace) ws = crowded_workspace ();
  GDate month = day ("2026-03-01");
  const char *papers[] = { "a4", "a3" };
  guint shown[2];

  for (guint p = 0; p < G_N_ELEMENTS (papers); p++)
    {
      g_autofree char *path = g_strdup_printf ("%s/march-%s.pdf", tmpdir, papers[p]);
      g_autoptr(TandemMonthRender) render = NULL;
      g_autoptr(GPtrArray) written = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *text = NULL;
      g_autoptr(GRegex) more = g_regex_new ("\\+(\\d+) more", 0, 0, NULL);
      g_autoptr(GMatchInfo) match = NULL;
      g_autofree char *n_more = NULL;
      TandemPageOptions options;

      tandem_page_options_init (&options, papers[p], TANDEM_ORIENTATION_PORTRAIT, TANDEM_LAYOUT_FIT);
      render = tandem_month_render_new (ws, &month, 1, G_DATE_SUNDAY, &options);
      written = tandem_month_render_export (render, "pdf", path, 96, &error);
      g_assert_no_error (error);
      text = run_text (path);
      g_test_message ("%s", text);

      g_assert_nonnull (strstr (text, "Crowded spring"));
      g_assert_nonnull (strstr (text, "Launch calendar · March 2026 · printed"));
      g_assert_nonnull (strstr (text, "Sunday Monday Tuesday Wednesday Thursday Friday Saturday"));
      g_assert_nonnull (strstr (text, "Quiet launch in March"));
      g_assert_nonnull (strstr (text, "T-7 Press briefing"));
      g_assert_nonnull (strstr (text, "T-14 Analyst deck"));
      g_assert_null (strstr (text, "April launch"));

      /* Everything the crowded day holds is either shown or counted. */
      g_assert_true (g_regex_match (more, text, 0, &match));
      n_more = g_match_info_fetch (match, 1);
      shown[p] = count_shown (text);
      g_assert_cmpuint (shown[p], >=, 3);
      g_assert_cmpuint (shown[p] + atoi (n_more), ==, N_CROWDED);
      g_assert_false (g_match_info_next (match, NULL));
    }
  /* A bigger page shows more of the day. */
  g_assert_cmpuint (shown[1], >, shown[0]);
}

/* The week begins where asked, and the grid holds only the weeks the month
 * touches: February 2027 begins on a Monday and has 28 days. */
static void
test_week_start (void)
{
  g_autoptr(TandemWorkspace) ws = crowded_workspace ();
  GDate february = day ("2027-02-01");
  const struct { GDateWeekday start; const char *grid; } cases[] = {
    { G_DATE_MONDAY, "Monday Tuesday Wednesday Thursday Friday Saturday Sunday 1 2 3 4 5 6 7 8" },
    { G_DATE_SUNDAY, "Sunday Monday Tuesday Wednesday Thursday Friday Saturday 31 1 2 3 4 5 6 7" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("%s/february-%u.pdf", tmpdir, i);
      g_autoptr(TandemMonthRender) render = NULL;
      g_autoptr(GPtrArray) written = NULL;
      g_autofree char *text = NULL;
      TandemPageOptions options;

      tandem_page_options_init (&options, "a4", TANDEM_ORIENTATION_LANDSCAPE, TANDEM_LAYOUT_FIT);
      render = tandem_month_render_new (ws, &february, 1, cases[i].start, &options);
      written = tandem_month_render_export (render, "pdf", path, 96, NULL);
      g_assert_nonnull (written);
      text = run_text (path);
      g_test_message ("%s", text);
      g_assert_nonnull (strstr (text, cases[i].grid));
      /* Monday: four weeks, no day of another month; Sunday: five. */
      g_assert_true ((strstr (text, "28 1 2 3 4 5 6") != NULL) == (cases[i].start == G_DATE_SUNDAY));
    }
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  int status;

  g_test_init (&argc, &argv, NULL);
  if (pdftotext == NULL)
    {
      g_print ("1..0 # SKIP poppler-utils is not installed\n");
      return 0;
    }
  tmpdir = g_dir_make_tmp ("tandem-month-XXXXXX", NULL);

  g_test_add_func ("/render/month/item-text-fits", test_item_text_fits);
  g_test_add_func ("/render/month/page-counts", test_page_counts);
  g_test_add_func ("/render/month/month-page", test_month_page);
  g_test_add_func ("/render/month/week-start", test_week_start);

  status = g_test_run ();
  if (status == 0)
    {
      g_autofree char *command = g_strdup_printf ("rm -rf '%s'", tmpdir);

      (void) system (command);
    }
  return status;
}
