/* test-launch-ops.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tandem-core.h"

static GDate
day (const char *text)
{
  GDate date;

  g_assert_true (tandem_launch_ops_parse_date (text, &date));
  return date;
}

static char *
due_of (TandemObject *task)
{
  GDate due;

  g_assert_true (tandem_launch_ops_get_due (TANDEM_TASK (task), &due));
  return tandem_launch_ops_format_date (&due);
}

static guint
n_tasks (gpointer launch)
{
  return g_list_model_get_n_items (G_LIST_MODEL (tandem_object_get_children (launch)));
}

static TandemObject *
task_titled (gpointer    launch,
             const char *title)
{
  GListModel *tasks = G_LIST_MODEL (tandem_object_get_children (launch));

  for (guint i = 0; i < g_list_model_get_n_items (tasks); i++)
    {
      g_autoptr(TandemObject) task = g_list_model_get_item (tasks, i);

      if (g_strcmp0 (tandem_object_get_string (task, "title"), title) == 0)
        return task;
    }
  return NULL;
}

/* A launch on @date planned on @scheduled. */
static TandemLaunch *
new_launch (TandemWorkspace *ws,
            const char      *date,
            int              tier,
            const char      *scheduled)
{
  return tandem_workspace_create (ws, TANDEM_TYPE_LAUNCH, NULL,
                                  "title", "Launch", "date", date, "tier", tier,
                                  "scheduled", scheduled, NULL);
}

static GPtrArray *
warnings_of_kind (TandemWorkspace        *ws,
                  const char             *today,
                  GDateWeekday            week_start,
                  TandemLaunchWarningKind kind)
{
  GDate t = day (today);
  g_autoptr(GPtrArray) all = tandem_launch_ops_compute_warnings (ws, &t, week_start);
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) tandem_launch_warning_free);

  for (guint i = 0; i < all->len; i++)
    {
      TandemLaunchWarning *w = g_ptr_array_index (all, i);

      g_assert_nonnull (w->message);
      if (w->kind == kind)
        g_ptr_array_add (out, g_steal_pointer (&all->pdata[i]));
    }
  return out;
}

static void
test_apply_tier (void)
{
  g_autoptr(TandemWorkspace) ws = tandem_workspace_new_untitled ();
  TandemLaunch *launch = new_launch (ws, "2027-06-01", 3, "2027-01-01");
  TandemObject *kept;
  TandemTier *tier3;

  tandem_workspace_create (ws, TANDEM_TYPE_TASK, launch, "title", "Launch day", "offset", 0,
                           "done", TRUE, NULL);
  tandem_workspace_create (ws, TANDEM_TYPE_TASK, launch, "title", "Our own task", "offset", -5,
                           NULL);
  g_assert_cmpuint (n_tasks (launch), ==, 2);

  /* Tier 1: the eleven default tasks, "Launch day" kept as it was (done). */
  g_assert_true (tandem_launch_ops_apply_tier (ws, launch, 1));
  g_assert_cmpint (tandem_object_get_int (TANDEM_OBJECT (launch), "tier"), ==, 1);
  g_assert_cmpuint (n_tasks (launch), ==, 12);
  kept = task_titled (launch, "Launch day");
  g_assert_true (tandem_object_get_int (kept, "done"));
  g_assert_nonnull (task_titled (launch, "Our own task"));
  g_assert_cmpint (tandem_object_get_int (task_titled (launch, "Positioning brief"), "offset"), ==, -84);
  g_assert_cmpint (tandem_object_get_int (task_titled (launch, "Go/no-go meeting"), "offset"), ==, -3);
  g_assert_cmpint (tandem_object_get_int (task_titled (launch, "Post-launch review"), "offset"), ==, 14);
  g_assert_cmpint (tandem_object_get_int (task_titled (launch, "Analyst briefings"), "team"), ==,
                   TANDEM_TEAM_MARKETING);
  g_assert_cmpstr (tandem_workspace_get_undo_label (ws), ==, "Change Tier");

  /* Tier 2 adds only what tier 1 did not have. */
  g_assert_true (tandem_launch_ops_apply_tier (ws, launch, 2));
  g_assert_cmpuint (n_tasks (launch), ==, 13);
  g_assert_nonnull (task_titled (launch, "Blog post and email"));

  /* Each application is one undo step. */
  g_assert_true (tandem_workspace_undo (ws));
  g_assert_cmpuint (n_tasks (launch), ==, 12);
  g_assert_cmpint (tandem_object_get_int (TANDEM_OBJECT (launch), "tier"), ==, 1);
  g_assert_true (tandem_workspace_undo (ws));
  g_assert_cmpuint (n_tasks (launch), ==, 2);
  g_assert_cmpint (tandem_object_get_int (TANDEM_OBJECT (launch), "tier"), ==, 3);
  g_assert_true (tandem_object_get_int (task_titled (launch, "Launch day"), "done"));

  /* The workspace's own template, once edited, is the one applied. */
  g_assert_null (tandem_launch_ops_find_tier (ws, 3));
  g_assert_cmpint (tandem_launch_ops_get_min_lead (ws, 3), ==, 14);
  tier3 = tandem_launch_ops_ensure_tier (ws, 3);
  g_assert_true (tandem_launch_ops_find_tier (ws, 3) == tier3);
  g_assert_true (tandem_launch_ops_ensure_tier (ws, 3) == tier3);
  g_assert_cmpuint (n_tasks (tier3), ==, 4);
  tandem_workspace_set (ws, tier3, "min-lead", 21, NULL);
  tandem_workspace_create (ws, TANDEM_TYPE_TASK, tier3, "title", "Partner newsletter",
                           "offset", -10, "team", TANDEM_TEAM_MARKETING, NULL);
  g_assert_cmpint (tandem_launch_ops_get_min_lead (ws, 3), ==, 21);
  g_assert_true (tandem_launch_ops_apply_tier (ws, launch, 3));
  g_assert_cmpint (tandem_object_get_int (task_titled (launch, "Partner newsletter"), "offset"), ==, -10);
  /* Template tasks are not launch tasks: they have no due day. */
  {
    g_autoptr(TandemObject) template_task =
      g_list_model_get_item (G_LIST_MODEL (tandem_object_get_children (TANDEM_OBJECT (tier3))), 0);
    GDate due;

    g_assert_false (tandem_launch_ops_get_due (TANDEM_TASK (template_task), &due));
  }
}

static void
test_plan_from_card (void)
{
  g_autoptr(TandemWorkspace) ws = tandem_workspace_new_untitled ();
  g_autoptr(TandemObject) column = g_list_model_get_item (G_LIST_MODEL (tandem_workspace_get_columns (ws)), 0);
  TandemObject *pmm = tandem_workspace_create (ws, TANDEM_TYPE_PERSON, NULL, "name", "Maria", NULL);
  TandemCard *card = tandem_workspace_create (ws, TANDEM_TYPE_CARD, NULL,
                                              "title", "Offline sync", "column",
                                              tandem_object_get_id (column), "rank", "a0",
                                              "pmm", tandem_object_get_id (pmm),
                                              "target", "2027-Q3", NULL);
  GDate today = day ("2027-01-10");
  TandemLaunch *launch;
  guint n_undo_before;

  launch = tandem_launch_ops_plan_from_card (ws, card, &today);
  g_assert_nonnull (launch);
  g_assert_cmpstr (tandem_object_get_string (TANDEM_OBJECT (launch), "title"), ==, "Offline sync");
  g_assert_cmpstr (tandem_object_get_list (TANDEM_OBJECT (launch), "cards")[0], ==,
                   tandem_object_get_id (TANDEM_OBJECT (card)));
  g_assert_null (tandem_object_get_list (TANDEM_OBJECT (launch), "cards")[1]);
  g_assert_cmpstr (tandem_object_get_string (TANDEM_OBJECT (launch), "pmm"), ==,
                   tandem_object_get_id (pmm));
  /* The first day of the target quarter, far enough away. */
  g_assert_cmpstr (tandem_object_get_string (TANDEM_OBJECT (launch), "date"), ==, "2027-07-01");
  g_assert_cmpstr (tandem_object_get_string (TANDEM_OBJECT (launch), "scheduled"), ==, "2027-01-10");
  g_assert_cmpint (tandem_object_get_int (TANDEM_OBJECT (launch), "tier"), ==, 2);
  g_assert_cmpuint (n_tasks (launch), ==, 8);
  g_assert_cmpstr (tandem_workspace_get_undo_label (ws), ==, "Plan Launch");

  /* One undo step removes the launch and its checklist. */
  n_undo_before = g_list_model_get_n_items (G_LIST_MODEL (tandem_workspace_get_launches (ws)));
  g_assert_cmpuint (n_undo_before, ==, 1);
  g_assert_true (tandem_workspace_undo (ws));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tandem_workspace_get_launches (ws))), ==, 0);
  g_assert_cmpstr (tandem_object_get_string (TANDEM_OBJECT (card), "target"), ==, "2027-Q3");

  /* A quarter that is too close: the recommended notice (8 weeks) from today. */
  tandem_workspace_set (ws, card, "target", "2027-Q1", NULL);
  launch = tandem_launch_ops_plan_from_card (ws, card, &today);
  g_assert_cmpstr (tandem_object_get_string (TANDEM_OBJECT (launch), "date"), ==, "2027-03-07");

  /* A target day is taken as it is. */
  tandem_workspace_set (ws, card, "target", "2027-02-01", NULL);
  launch = tandem_launch_ops_plan_from_card (ws, card, &today);
  g_assert_cmpstr (tandem_object_get_string (TANDEM_OBJECT (launch), "date"), ==, "2027-02-01");
}

static void
test_move (void)
{
  g_autoptr(TandemWorkspace) ws = tandem_workspace_new_untitled ();
  TandemLaunch *launch = new_launch (ws, "2027-12-28", 1, "2027-06-01");
  GDate today = day ("2027-09-01");
  GDate target = day ("2028-01-04");
  TandemObject *before, *after;
  g_autofree char *due_before = NULL;
  g_autofree char *due_after = NULL;

  before = tandem_workspace_create (ws, TANDEM_TYPE_TASK, launch, "title", "Brief",
                                    "offset", -28, NULL);
  after = tandem_workspace_create (ws, TANDEM_TYPE_TASK, launch, "title", "Review",
                                   "offset", 14, NULL);
  due_before = due_of (before);
  due_after = due_of (after);
  g_assert_cmpstr (due_before, ==, "2027-11-30");
  g_assert_cmpstr (due_after, ==, "2028-01-11");

  /* Across the year end: one field changes, the tasks follow. */
  g_assert_true (tandem_launch_ops_move (ws, launch, &target, &today));
  g_assert_cmpstr (tandem_object_get_string (TANDEM_OBJECT (launch), "date"), ==, "2028-01-04");
  g_assert_cmpstr (tandem_object_get_string (TANDEM_OBJECT (launch), "scheduled"), ==, "2027-09-01");
  g_free (due_before);
  g_free (due_after);
  due_before = due_of (before);
  due_after = due_of (after);
  g_assert_cmpstr (due_before, ==, "2027-12-07");
  g_assert_cmpstr (due_after, ==, "2028-01-18");
  g_assert_cmpint (tandem_object_get_int (before, "offset"), ==, -28);
  g_assert_cmpstr (tandem_workspace_get_undo_label (ws), ==, "Move Launch");

  /* Moving to the same day is no step at all. */
  g_assert_false (tandem_launch_ops_move (ws, launch, &target, &today));

  /* One undo puts the date and the planning day back. */
  g_assert_true (tandem_workspace_undo (ws));
  g_assert_cmpstr (tandem_object_get_string (TANDEM_OBJECT (launch), "date"), ==, "2027-12-28");
  g_assert_cmpstr (tandem_object_get_string (TANDEM_OBJECT (launch), "scheduled"), ==, "2027-06-01");
  g_free (due_before);
  due_before = due_of (before);
  g_assert_cmpstr (due_before, ==, "2027-11-30");

  /* By a week and by a day, as the keyboard does, over 29 February. */
  tandem_workspace_set (ws, launch, "date", "2028-02-22", NULL);
  g_assert_true (tandem_launch_ops_move_by (ws, launch, 7, &today));
  g_assert_cmpstr (tandem_object_get_string (TANDEM_OBJECT (launch), "date"), ==, "2028-02-29");
  g_assert_true (tandem_launch_ops_move_by (ws, launch, 1, &today));
  g_assert_cmpstr (tandem_object_get_string (TANDEM_OBJECT (launch), "date"), ==, "2028-03-01");
  g_assert_true (tandem_launch_ops_move_by (ws, launch, -1, &today));
  g_assert_cmpstr (tandem_object_get_string (TANDEM_OBJECT (launch), "date"), ==, "2028-02-29");

  /* Dragging a task changes its offset only. */
  target = day ("2028-02-01");
  g_assert_false (tandem_launch_ops_move_task (ws, TANDEM_TASK (before), &target));
  target = day ("2028-02-02");
  g_assert_true (tandem_launch_ops_move_task (ws, TANDEM_TASK (before), &target));
  g_assert_cmpint (tandem_object_get_int (before, "offset"), ==, -27);
  target = day ("2028-03-14");
  g_assert_true (tandem_launch_ops_move_task (ws, TANDEM_TASK (before), &target));
  g_assert_cmpint (tandem_object_get_int (before, "offset"), ==, 14);
  g_assert_cmpstr (tandem_object_get_string (TANDEM_OBJECT (launch), "date"), ==, "2028-02-29");
  g_assert_cmpstr (tandem_workspace_get_undo_label (ws), ==, "Move Task");
  /* Beyond the range of an offset: refused. */
  target = day ("2040-01-01");
  g_assert_false (tandem_launch_ops_move_task (ws, TANDEM_TASK (before), &target));
  g_assert_cmpint (tandem_object_get_int (before, "offset"), ==, 14);
}

static void
test_warning_lead_time (void)
{
  g_autoptr(TandemWorkspace) ws = tandem_workspace_new_untitled ();
  g_autoptr(GPtrArray) w = NULL;
  TandemLaunch *launch;

  /* Tier 1 needs 84 days: from 2027-12-20 that is 2028-03-13, over the year
   * end and 29 February. */
  launch = new_launch (ws, "2028-03-13", 1, "2027-12-20");
  w = warnings_of_kind (ws, "2027-12-20", G_DATE_MONDAY, TANDEM_LAUNCH_WARNING_LEAD_TIME);
  g_assert_cmpuint (w->len, ==, 0);
  g_clear_pointer (&w, g_ptr_array_unref);

  tandem_workspace_set (ws, launch, "date", "2028-03-12", NULL);
  w = warnings_of_kind (ws, "2027-12-20", G_DATE_MONDAY, TANDEM_LAUNCH_WARNING_LEAD_TIME);
  g_assert_cmpuint (w->len, ==, 1);
  g_assert_cmpint (((TandemLaunchWarning *) w->pdata[0])->days, ==, 83);
  g_assert_cmpint (((TandemLaunchWarning *) w->pdata[0])->needed, ==, 84);
  g_assert_true (((TandemLaunchWarning *) w->pdata[0])->launch == launch);
  g_clear_pointer (&w, g_ptr_array_unref);

  /* The same in a year without 29 February: 84 days is one day later. */
  tandem_workspace_set (ws, launch, "date", "2027-03-14", "scheduled", "2026-12-20", NULL);
  w = warnings_of_kind (ws, "2026-12-20", G_DATE_MONDAY, TANDEM_LAUNCH_WARNING_LEAD_TIME);
  g_assert_cmpuint (w->len, ==, 0);
  g_clear_pointer (&w, g_ptr_array_unref);
  tandem_workspace_set (ws, launch, "date", "2027-03-13", NULL);
  w = warnings_of_kind (ws, "2026-12-20", G_DATE_MONDAY, TANDEM_LAUNCH_WARNING_LEAD_TIME);
  g_assert_cmpuint (w->len, ==, 1);
  g_clear_pointer (&w, g_ptr_array_unref);

  /* Moving counts the notice from the day of the move. */
  {
    GDate today = day ("2028-02-15");
    GDate to = day ("2028-02-29");

    tandem_launch_ops_apply_tier (ws, launch, 3);
    g_assert_true (tandem_launch_ops_move (ws, launch, &to, &today));
    w = warnings_of_kind (ws, "2028-02-15", G_DATE_MONDAY, TANDEM_LAUNCH_WARNING_LEAD_TIME);
    g_assert_cmpuint (w->len, ==, 0);
    g_clear_pointer (&w, g_ptr_array_unref);
    to = day ("2028-02-28");
    g_assert_true (tandem_launch_ops_move (ws, launch, &to, &today));
    w = warnings_of_kind (ws, "2028-02-15", G_DATE_MONDAY, TANDEM_LAUNCH_WARNING_LEAD_TIME);
    g_assert_cmpuint (w->len, ==, 1);
    g_assert_cmpint (((TandemLaunchWarning *) w->pdata[0])->days, ==, 13);
    g_assert_cmpint (((TandemLaunchWarning *) w->pdata[0])->needed, ==, 14);
    g_clear_pointer (&w, g_ptr_array_unref);
  }

  /* Tier 2 at a month end: 42 days from 31 January is 14 March. */
  tandem_workspace_set (ws, launch, "tier", 2, "date", "2027-03-14", "scheduled", "2027-01-31", NULL);
  w = warnings_of_kind (ws, "2027-02-10", G_DATE_MONDAY, TANDEM_LAUNCH_WARNING_LEAD_TIME);
  g_assert_cmpuint (w->len, ==, 0);
  g_clear_pointer (&w, g_ptr_array_unref);
  tandem_workspace_set (ws, launch, "date", "2027-03-13", NULL);
  w = warnings_of_kind (ws, "2027-02-10", G_DATE_MONDAY, TANDEM_LAUNCH_WARNING_LEAD_TIME);
  g_assert_cmpuint (w->len, ==, 1);
  g_clear_pointer (&w, g_ptr_array_unref);

  /* Once launched, or past, the notice no longer matters. */
  tandem_workspace_set (ws, launch, "status", TANDEM_LAUNCH_STATUS_LAUNCHED, NULL);
  w = warnings_of_kind (ws, "2027-02-10", G_DATE_MONDAY, TANDEM_LAUNCH_WARNING_LEAD_TIME);
  g_assert_cmpuint (w->len, ==, 0);
  g_clear_pointer (&w, g_ptr_array_unref);
  tandem_workspace_set (ws, launch, "status", TANDEM_LAUNCH_STATUS_PLANNED, NULL);
  w = warnings_of_kind (ws, "2027-03-14", G_DATE_MONDAY, TANDEM_LAUNCH_WARNING_LEAD_TIME);
  g_assert_cmpuint (w->len, ==, 0);
}

static void
test_warning_overdue (void)
{
  g_autoptr(TandemWorkspace) ws = tandem_workspace_new_untitled ();
  g_autoptr(GPtrArray) w = NULL;
  TandemLaunch *leap = new_launch (ws, "2028-03-01", 3, "2027-01-01");
  TandemLaunch *new_year = new_launch (ws, "2027-01-01", 3, "2026-01-01");
  TandemObject *task = tandem_workspace_create (ws, TANDEM_TYPE_TASK, leap, "title", "Eve",
                                                "offset", -1, NULL);
  TandemObject *nye = tandem_workspace_create (ws, TANDEM_TYPE_TASK, new_year, "title", "NYE",
                                               "offset", -1, NULL);
  g_autofree char *due = due_of (task);
  g_autofree char *due_nye = due_of (nye);

  g_assert_cmpstr (due, ==, "2028-02-29");
  g_assert_cmpstr (due_nye, ==, "2026-12-31");

  /* Due today is not overdue yet. */
  w = warnings_of_kind (ws, "2026-12-31", G_DATE_MONDAY, TANDEM_LAUNCH_WARNING_OVERDUE_TASK);
  g_assert_cmpuint (w->len, ==, 0);
  g_clear_pointer (&w, g_ptr_array_unref);
  w = warnings_of_kind (ws, "2027-01-01", G_DATE_MONDAY, TANDEM_LAUNCH_WARNING_OVERDUE_TASK);
  g_assert_cmpuint (w->len, ==, 1);
  g_assert_true (((TandemLaunchWarning *) w->pdata[0])->subject == nye);
  g_assert_cmpint (((TandemLaunchWarning *) w->pdata[0])->days, ==, 1);
  g_clear_pointer (&w, g_ptr_array_unref);

  w = warnings_of_kind (ws, "2028-02-29", G_DATE_MONDAY, TANDEM_LAUNCH_WARNING_OVERDUE_TASK);
  g_assert_cmpuint (w->len, ==, 1);
  g_assert_cmpint (((TandemLaunchWarning *) w->pdata[0])->days, ==, 425);
  g_clear_pointer (&w, g_ptr_array_unref);
  w = warnings_of_kind (ws, "2028-03-01", G_DATE_MONDAY, TANDEM_LAUNCH_WARNING_OVERDUE_TASK);
  g_assert_cmpuint (w->len, ==, 2);
  g_assert_true (((TandemLaunchWarning *) w->pdata[1])->subject == task);
  g_assert_cmpint (((TandemLaunchWarning *) w->pdata[1])->days, ==, 1);
  g_clear_pointer (&w, g_ptr_array_unref);

  /* Done tasks are never overdue. */
  tandem_workspace_set (ws, task, "done", TRUE, NULL);
  tandem_workspace_set (ws, nye, "done", TRUE, NULL);
  w = warnings_of_kind (ws, "2028-03-01", G_DATE_MONDAY, TANDEM_LAUNCH_WARNING_OVERDUE_TASK);
  g_assert_cmpuint (w->len, ==, 0);
}

static void
test_warning_cards (void)
{
  g_autoptr(TandemWorkspace) ws = tandem_workspace_new_untitled ();
  g_autoptr(TandemObject) column = g_list_model_get_item (G_LIST_MODEL (tandem_workspace_get_columns (ws)), 0);
  g_autoptr(GPtrArray) w = NULL;
  TandemObject *card = tandem_workspace_create (ws, TANDEM_TYPE_CARD, NULL,
                                                "title", "Heatmap", "column",
                                                tandem_object_get_id (column), "rank", "a0",
                                                "status", TANDEM_CARD_STATUS_IN_PROGRESS, NULL);
  const char *cards[] = { tandem_object_get_id (card), NULL };
  TandemLaunch *launch = new_launch (ws, "2027-01-14", 3, "2026-10-01");

  tandem_workspace_set (ws, launch, "cards", cards, NULL);

  /* Fifteen days before, over the year end: not near yet; fourteen: near. */
  w = warnings_of_kind (ws, "2026-12-30", G_DATE_MONDAY, TANDEM_LAUNCH_WARNING_CARD_NOT_READY);
  g_assert_cmpuint (w->len, ==, 0);
  g_clear_pointer (&w, g_ptr_array_unref);
  w = warnings_of_kind (ws, "2026-12-31", G_DATE_MONDAY, TANDEM_LAUNCH_WARNING_CARD_NOT_READY);
  g_assert_cmpuint (w->len, ==, 1);
  g_assert_true (((TandemLaunchWarning *) w->pdata[0])->subject == card);
  g_assert_cmpint (((TandemLaunchWarning *) w->pdata[0])->days, ==, 14);
  g_assert_nonnull (strstr (((TandemLaunchWarning *) w->pdata[0])->message, "Heatmap"));
  g_clear_pointer (&w, g_ptr_array_unref);

  /* Near the end of February in a leap year. */
  tandem_workspace_set (ws, launch, "date", "2028-03-14", NULL);
  w = warnings_of_kind (ws, "2028-02-28", G_DATE_MONDAY, TANDEM_LAUNCH_WARNING_CARD_NOT_READY);
  g_assert_cmpuint (w->len, ==, 0);
  g_clear_pointer (&w, g_ptr_array_unref);
  w = warnings_of_kind (ws, "2028-02-29", G_DATE_MONDAY, TANDEM_LAUNCH_WARNING_CARD_NOT_READY);
  g_assert_cmpuint (w->len, ==, 1);
  g_clear_pointer (&w, g_ptr_array_unref);

  /* Shipped cards are ready. */
  tandem_workspace_set (ws, card, "status", TANDEM_CARD_STATUS_SHIPPED, NULL);
  w = warnings_of_kind (ws, "2028-02-29", G_DATE_MONDAY, TANDEM_LAUNCH_WARNING_CARD_NOT_READY);
  g_assert_cmpuint (w->len, ==, 0);
}

static void
test_warning_tier_one_week (void)
{
  g_autoptr(TandemWorkspace) ws = tandem_workspace_new_untitled ();
  g_autoptr(GPtrArray) w = NULL;
  /* Thursday 31 December 2026 and Sunday 3 January 2027. */
  TandemLaunch *a = new_launch (ws, "2026-12-31", 1, "2026-01-01");
  TandemLaunch *b = new_launch (ws, "2027-01-03", 1, "2026-01-01");

  new_launch (ws, "2027-01-01", 2, "2026-01-01");

  /* Weeks from Monday: the same week. */
  w = warnings_of_kind (ws, "2026-06-01", G_DATE_MONDAY, TANDEM_LAUNCH_WARNING_TIER_ONE_CLASH);
  g_assert_cmpuint (w->len, ==, 2);
  g_assert_true (((TandemLaunchWarning *) w->pdata[0])->launch == a);
  g_assert_true (((TandemLaunchWarning *) w->pdata[0])->subject == TANDEM_OBJECT (b));
  g_assert_true (((TandemLaunchWarning *) w->pdata[1])->launch == b);
  g_clear_pointer (&w, g_ptr_array_unref);

  /* Weeks from Sunday: the 3rd starts a new week. */
  w = warnings_of_kind (ws, "2026-06-01", G_DATE_SUNDAY, TANDEM_LAUNCH_WARNING_TIER_ONE_CLASH);
  g_assert_cmpuint (w->len, ==, 0);
  g_clear_pointer (&w, g_ptr_array_unref);

  /* Weeks from Saturday: 2 January starts a new week, the 3rd is in it. */
  w = warnings_of_kind (ws, "2026-06-01", G_DATE_SATURDAY, TANDEM_LAUNCH_WARNING_TIER_ONE_CLASH);
  g_assert_cmpuint (w->len, ==, 0);
  g_clear_pointer (&w, g_ptr_array_unref);

  /* Tier 2 is no clash. */
  tandem_workspace_set (ws, b, "tier", 2, NULL);
  w = warnings_of_kind (ws, "2026-06-01", G_DATE_MONDAY, TANDEM_LAUNCH_WARNING_TIER_ONE_CLASH);
  g_assert_cmpuint (w->len, ==, 0);
}

/* "Today" is the day in the user's time zone, not in UTC; and a day with a
 * daylight-saving change still counts as one day. */
static void
test_today_dst (void)
{
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(GTimeZone) new_york = g_time_zone_new_identifier ("America/New_York");
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) instant = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(TandemWorkspace) ws = tandem_workspace_new_untitled ();
  g_autoptr(GPtrArray) w = NULL;
  g_autofree char *text = NULL;
  GDate today;

  if (berlin == NULL || new_york == NULL)
    {
      g_test_skip ("no time zone data");
      return;
    }

  /* 22:30 UTC on 28 March 2027 is 00:30 on the 29th in Berlin, summer time
   * having started at 02:00 on the 28th. */
  instant = g_date_time_new (utc, 2027, 3, 28, 22, 30, 0);
  local = g_date_time_to_timezone (instant, berlin);
  tandem_launch_ops_today (local, &today);
  text = tandem_launch_ops_format_date (&today);
  g_assert_cmpstr (text, ==, "2027-03-29");
  g_clear_pointer (&local, g_date_time_unref);
  g_clear_pointer (&text, g_free);

  /* 03:30 UTC on 14 March 2027 is still the 13th in New York. */
  g_clear_pointer (&instant, g_date_time_unref);
  instant = g_date_time_new (utc, 2027, 3, 14, 3, 30, 0);
  local = g_date_time_to_timezone (instant, new_york);
  tandem_launch_ops_today (local, &today);
  text = tandem_launch_ops_format_date (&today);
  g_assert_cmpstr (text, ==, "2027-03-13");
  g_clear_pointer (&text, g_free);

  /* The process's own zone (TZ): midnight local is that day. */
  g_clear_pointer (&local, g_date_time_unref);
  local = g_date_time_new_local (2027, 3, 28, 0, 0, 1);
  tandem_launch_ops_today (local, &today);
  text = tandem_launch_ops_format_date (&today);
  g_assert_cmpstr (text, ==, "2027-03-28");

  /* Fourteen days over the change (27 March to 10 April) is fourteen days. */
  new_launch (ws, "2027-04-10", 3, "2027-03-27");
  w = warnings_of_kind (ws, "2027-03-27", G_DATE_MONDAY, TANDEM_LAUNCH_WARNING_LEAD_TIME);
  g_assert_cmpuint (w->len, ==, 0);
  g_clear_pointer (&w, g_ptr_array_unref);
  /* And the task due the day before the change is overdue on the day of it. */
  {
    TandemLaunch *launch = new_launch (ws, "2027-03-28", 3, "2027-01-01");

    tandem_workspace_create (ws, TANDEM_TYPE_TASK, launch, "title", "Eve", "offset", -1, NULL);
    w = warnings_of_kind (ws, "2027-03-28", G_DATE_MONDAY, TANDEM_LAUNCH_WARNING_OVERDUE_TASK);
    g_assert_cmpuint (w->len, ==, 1);
    g_assert_cmpint (((TandemLaunchWarning *) w->pdata[0])->days, ==, 1);
  }
}

static void
test_scheduled_fallback (void)
{
  g_autoptr(TandemWorkspace) ws = tandem_workspace_new_untitled ();
  TandemLaunch *launch = tandem_workspace_create (ws, TANDEM_TYPE_LAUNCH, NULL, "title", "Old",
                                                  "date", "2030-01-01", NULL);
  GDate today = day ("2029-12-01");
  GDate scheduled;
  g_autofree char *created_day = g_strndup (tandem_object_get_created (TANDEM_OBJECT (launch)), 10);
  g_autofree char *text = NULL;
  guint done, total;

  /* Without a scheduled day, the day it was created. */
  tandem_launch_ops_get_scheduled (launch, &today, &scheduled);
  text = tandem_launch_ops_format_date (&scheduled);
  g_assert_cmpstr (text, ==, created_day);

  tandem_workspace_create (ws, TANDEM_TYPE_TASK, launch, "title", "A", "done", TRUE, NULL);
  tandem_workspace_create (ws, TANDEM_TYPE_TASK, launch, "title", "B", NULL);
  tandem_launch_ops_get_readiness (launch, &done, &total);
  g_assert_cmpuint (done, ==, 1);
  g_assert_cmpuint (total, ==, 2);
}

static const char *
title_at (GHashTable *by_day,
          const char *date,
          guint       index)
{
  GDate d = day (date);
  GPtrArray *items = g_hash_table_lookup (by_day, GUINT_TO_POINTER (g_date_get_julian (&d)));

  g_assert_nonnull (items);
  g_assert_cmpuint (index, <, items->len);
  return tandem_object_get_string (g_ptr_array_index (items, index), "title");
}

/* A launch on its day, its tasks on their due days; a day's launches first
 * by tier, then its tasks, each by title, once sorted. */
static void
test_index_by_day (void)
{
  g_autoptr(TandemWorkspace) ws = tandem_workspace_new_untitled ();
  g_autoptr(GHashTable) by_day = NULL;
  TandemLaunch *tier3 = new_launch (ws, "2027-03-16", 3, "2027-01-01");
  TandemLaunch *tier1 = new_launch (ws, "2027-03-16", 1, "2027-01-01");
  GDate d = day ("2027-03-16");
  guint n = 0;
  GHashTableIter iter;
  GPtrArray *items;

  tandem_workspace_set (ws, tier3, "title", "Widgets", NULL);
  tandem_workspace_set (ws, tier1, "title", "Teams", NULL);
  tandem_workspace_create (ws, TANDEM_TYPE_TASK, tier1, "title", "Webinar", "offset", 0, NULL);
  tandem_workspace_create (ws, TANDEM_TYPE_TASK, tier3, "title", "Blog post", "offset", 0, NULL);
  tandem_workspace_create (ws, TANDEM_TYPE_TASK, tier3, "title", "Press brief", "offset", -7, NULL);
  tandem_workspace_create (ws, TANDEM_TYPE_LAUNCH, NULL, "title", "In May", "date", "2027-05-01",
                           "tier", 2, NULL);

  by_day = tandem_launch_ops_index_by_day (ws);
  g_assert_cmpuint (g_hash_table_size (by_day), ==, 3);
  g_hash_table_iter_init (&iter, by_day);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &items))
    tandem_launch_ops_sort_day (items);
  g_assert_cmpuint (((GPtrArray *) g_hash_table_lookup (by_day, GUINT_TO_POINTER (g_date_get_julian (&d))))->len, ==, 4);
  g_assert_cmpstr (title_at (by_day, "2027-03-16", 0), ==, "Teams");
  g_assert_cmpstr (title_at (by_day, "2027-03-16", 1), ==, "Widgets");
  g_assert_cmpstr (title_at (by_day, "2027-03-16", 2), ==, "Blog post");
  g_assert_cmpstr (title_at (by_day, "2027-03-16", 3), ==, "Webinar");
  g_assert_cmpstr (title_at (by_day, "2027-03-09", 0), ==, "Press brief");
  g_assert_cmpstr (title_at (by_day, "2027-05-01", 0), ==, "In May");

  g_hash_table_iter_init (&iter, by_day);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &items))
    n += items->len;
  g_assert_cmpuint (n, ==, 6);
  g_assert_true (g_date_valid_weekday (tandem_launch_ops_locale_week_start ()));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/launch-ops/apply-tier", test_apply_tier);
  g_test_add_func ("/core/launch-ops/plan-from-card", test_plan_from_card);
  g_test_add_func ("/core/launch-ops/move", test_move);
  g_test_add_func ("/core/launch-ops/warning/lead-time", test_warning_lead_time);
  g_test_add_func ("/core/launch-ops/warning/overdue", test_warning_overdue);
  g_test_add_func ("/core/launch-ops/warning/cards", test_warning_cards);
  g_test_add_func ("/core/launch-ops/warning/tier-one-week", test_warning_tier_one_week);
  g_test_add_func ("/core/launch-ops/today-dst", test_today_dst);
  g_test_add_func ("/core/launch-ops/scheduled-fallback", test_scheduled_fallback);
  g_test_add_func ("/core/launch-ops/index-by-day", test_index_by_day);

  return g_test_run ();
}
