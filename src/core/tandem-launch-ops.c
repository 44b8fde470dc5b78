/* tandem-launch-ops.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-launch-ops"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>
#ifdef __GLIBC__
# include <langinfo.h>
#endif

#include "tandem-core-enums.h"
#include "tandem-launch-ops.h"

/* What the launch calendar does to the model: tier templates, planning a
 * launch from a card, moving launches and tasks, and the warnings.  Every edit
 * goes through the workspace, one undo step per user action.  Days are counted
 * on GDate's Julian day numbers: a launch date is a calendar day with no time
 * zone, so a daylight-saving change can never make a day 23 or 25 hours long
 * here.  "Today" is always passed in, which keeps the arithmetic testable. */

typedef struct
{
  const char *title;
  int         offset;
  TandemTeam  team;
} DefaultTask;

typedef struct
{
  const char        *title;
  int                min_lead;
  int                recommended_lead;
  const DefaultTask *tasks;
  guint              n_tasks;
} DefaultTier;

static const DefaultTask tier1_tasks[] = {
  { N_("Positioning brief"), -84, TANDEM_TEAM_MARKETING },
  { N_("Messaging framework"), -70, TANDEM_TEAM_MARKETING },
  { N_("Pricing and packaging sign-off"), -56, TANDEM_TEAM_PRODUCT },
  { N_("Press release draft"), -42, TANDEM_TEAM_MARKETING },
  { N_("Analyst briefings"), -28, TANDEM_TEAM_MARKETING },
  { N_("Press briefings"), -21, TANDEM_TEAM_MARKETING },
  { N_("Sales enablement"), -21, TANDEM_TEAM_MARKETING },
  { N_("Docs and help-center articles"), -14, TANDEM_TEAM_PRODUCT },
  { N_("Go/no-go meeting"), -3, TANDEM_TEAM_PRODUCT },
  { N_("Launch day"), 0, TANDEM_TEAM_MARKETING },
  { N_("Post-launch review"), 14, TANDEM_TEAM_PRODUCT },
};

static const DefaultTask tier2_tasks[] = {
  { N_("Positioning brief"), -42, TANDEM_TEAM_MARKETING },
  { N_("Messaging framework"), -35, TANDEM_TEAM_MARKETING },
  { N_("Blog post and email"), -14, TANDEM_TEAM_MARKETING },
  { N_("Sales enablement"), -14, TANDEM_TEAM_MARKETING },
  { N_("Docs and help-center articles"), -7, TANDEM_TEAM_PRODUCT },
  { N_("Go/no-go meeting"), -3, TANDEM_TEAM_PRODUCT },
  { N_("Launch day"), 0, TANDEM_TEAM_MARKETING },
  { N_("Post-launch review"), 14, TANDEM_TEAM_PRODUCT },
};

static const DefaultTask tier3_tasks[] = {
  { N_("Release notes"), -7, TANDEM_TEAM_PRODUCT },
  { N_("Docs and help-center articles"), -7, TANDEM_TEAM_PRODUCT },
  { N_("Launch day"), 0, TANDEM_TEAM_MARKETING },
  { N_("Social post"), 0, TANDEM_TEAM_MARKETING },
};

/* Minimum and recommended notice: 12–16 weeks, 6–8 weeks, 2–4 weeks. */
static const DefaultTier default_tiers[] = {
  { N_("Tier 1"), 12 * 7, 16 * 7, tier1_tasks, G_N_ELEMENTS (tier1_tasks) },
  { N_("Tier 2"), 6 * 7, 8 * 7, tier2_tasks, G_N_ELEMENTS (tier2_tasks) },
  { N_("Tier 3"), 2 * 7, 4 * 7, tier3_tasks, G_N_ELEMENTS (tier3_tasks) },
};

/* The channels the editor offers; a launch may name others. */
static const char * const channels[] = {
  "blog", "email", "press", "analyst-briefing", "social", "in-app", "sales-enablement", "docs", NULL
};

static const char * const channel_labels[] = {
  N_("Blog"), N_("Email"), N_("Press"), N_("Analyst briefing"), N_("Social"), N_("In-app"),
  N_("Sales enablement"), N_("Docs"),
};

const char * const *
tandem_launch_ops_list_channels (void)
{
  return channels;
}

/**
 * tandem_launch_ops_channel_label:
 *
 * Returns: the translated name of a known channel, or @channel itself.
 */
const char *
tandem_launch_ops_channel_label (const char *channel)
{
  g_return_val_if_fail (channel != NULL, NULL);

  for (guint i = 0; channels[i] != NULL; i++)
    if (strcmp (channels[i], channel) == 0)
      return _(channel_labels[i]);
  return channel;
}

/**
 * tandem_launch_ops_format_offset:
 *
 * Returns: (transfer full): "T-14", "Launch day" or "T+14".
 */
char *
tandem_launch_ops_format_offset (int offset)
{
  if (offset == 0)
    return g_strdup (_("Launch day"));
  /* Translators: a task's place relative to the launch, "T-14" or "T+7" (days). */
  return g_strdup_printf (_("T%+d"), offset);
}

void
tandem_launch_warning_free (TandemLaunchWarning *warning)
{
  if (warning == NULL)
    return;
  g_clear_object (&warning->launch);
  g_clear_object (&warning->subject);
  g_free (warning->message);
  g_free (warning);
}

/**
 * tandem_launch_ops_today:
 * @now: (nullable): the moment, in the time zone whose calendar counts, or
 *   %NULL for now in the local time zone
 * @today: (out): the day @now falls on there
 */
void
tandem_launch_ops_today (GDateTime *now,
                         GDate     *today)
{
  g_autoptr(GDateTime) local = NULL;
  int y, m, d;

  g_return_if_fail (today != NULL);

  if (now == NULL)
    now = local = g_date_time_new_now_local ();
  g_date_time_get_ymd (now, &y, &m, &d);
  g_date_clear (today, 1);
  g_date_set_dmy (today, d, m, y);
}

gboolean
tandem_launch_ops_parse_date (const char *text,
                              GDate      *date)
{
  g_return_val_if_fail (date != NULL, FALSE);

  g_date_clear (date, 1);
  if (!tandem_date_is_valid (text))
    return FALSE;
  g_date_set_dmy (date, atoi (text + 8), atoi (text + 5), atoi (text));
  return g_date_valid (date);
}

char *
tandem_launch_ops_format_date (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

gboolean
tandem_launch_ops_get_date (TandemLaunch *launch,
                            GDate        *date)
{
  g_return_val_if_fail (TANDEM_IS_LAUNCH (launch), FALSE);

  return tandem_launch_ops_parse_date (tandem_object_get_string (TANDEM_OBJECT (launch), "date"),
                                       date);
}

/**
 * tandem_launch_ops_get_due:
 *
 * A task's due day is its launch's date plus its offset: moving the launch
 * moves every task with it.
 *
 * Returns: %FALSE for a task that is not in a launch (a tier template's).
 */
gboolean
tandem_launch_ops_get_due (TandemTask *task,
                           GDate      *due)
{
  TandemObject *launch;
  int offset;

  g_return_val_if_fail (TANDEM_IS_TASK (task), FALSE);

  launch = tandem_object_get_parent (TANDEM_OBJECT (task));
  if (!TANDEM_IS_LAUNCH (launch) || !tandem_launch_ops_get_date (TANDEM_LAUNCH (launch), due))
    {
      g_date_clear (due, 1);
      return FALSE;
    }
  offset = tandem_object_get_int (TANDEM_OBJECT (task), "offset");
  if (offset >= 0)
    g_date_add_days (due, offset);
  else
    g_date_subtract_days (due, -offset);
  return TRUE;
}

/**
 * tandem_launch_ops_locale_week_start:
 *
 * The first day of the week in the user's locale, as gnome-calendar finds
 * it: what the calendar pane and a printed month begin their weeks with.
 */
GDateWeekday
tandem_launch_ops_locale_week_start (void)
{
#if defined(__GLIBC__) && defined(_NL_TIME_FIRST_WEEKDAY)
  union { unsigned int word; char *string; } langinfo;
  int week_1stday = 0;
  int first_weekday;
  guint week_origin;
  int sunday_based;

  langinfo.string = nl_langinfo (_NL_TIME_FIRST_WEEKDAY);
  first_weekday = langinfo.string[0];
  langinfo.string = nl_langinfo (_NL_TIME_WEEK_1STDAY);
  week_origin = langinfo.word;
  if (week_origin == 19971130)      /* a Sunday */
    week_1stday = 0;
  else if (week_origin == 19971201) /* a Monday */
    week_1stday = 1;
  sunday_based = (week_1stday + first_weekday - 1) % 7;
  return sunday_based == 0 ? G_DATE_SUNDAY : (GDateWeekday) sunday_based;
#else
  return G_DATE_MONDAY;
#endif
}

static int
compare_day_items (gconstpointer a,
                   gconstpointer b)
{
  TandemObject *oa = *(TandemObject **) a;
  TandemObject *ob = *(TandemObject **) b;
  gboolean la = TANDEM_IS_LAUNCH (oa);
  gboolean lb = TANDEM_IS_LAUNCH (ob);

  if (la != lb)
    return la ? -1 : 1;
  if (la && tandem_object_get_int (oa, "tier") != tandem_object_get_int (ob, "tier"))
    return tandem_object_get_int (oa, "tier") - tandem_object_get_int (ob, "tier");
  return g_utf8_collate (tandem_object_get_string (oa, "title"), tandem_object_get_string (ob, "title"));
}

static void
index_add (GHashTable   *by_day,
           guint         julian,
           TandemObject *object)
{
  GPtrArray *items = g_hash_table_lookup (by_day, GUINT_TO_POINTER (julian));

  if (items == NULL)
    {
      items = g_ptr_array_new_with_free_func (g_object_unref);
      g_hash_table_insert (by_day, GUINT_TO_POINTER (julian), items);
    }
  g_ptr_array_add (items, g_object_ref (object));
}

/**
 * tandem_launch_ops_index_by_day:
 *
 * Every dated launch on its day and every task of it on its due day.  The
 * days are not sorted: a workspace holds far more days than a calendar shows,
 * so sort a day with tandem_launch_ops_sort_day() when it is shown.
 *
 * Returns: (transfer full): a table of Julian day numbers
 *   (GUINT_TO_POINTER) to a #GPtrArray of #TandemObject.
 */
GHashTable *
tandem_launch_ops_index_by_day (TandemWorkspace *workspace)
{
  GHashTable *by_day = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  GListModel *launches;

  g_return_val_if_fail (TANDEM_IS_WORKSPACE (workspace), by_day);

  launches = G_LIST_MODEL (tandem_workspace_get_launches (workspace));
  for (guint i = 0; i < g_list_model_get_n_items (launches); i++)
    {
      g_autoptr(TandemLaunch) launch = g_list_model_get_item (launches, i);
      GListModel *tasks = G_LIST_MODEL (tandem_object_get_children (TANDEM_OBJECT (launch)));
      GDate date;

      if (!tandem_launch_ops_get_date (launch, &date))
        continue;
      index_add (by_day, g_date_get_julian (&date), TANDEM_OBJECT (launch));
      for (guint k = 0; k < g_list_model_get_n_items (tasks); k++)
        {
          g_autoptr(TandemObject) task = g_list_model_get_item (tasks, k);
          int offset = tandem_object_get_int (task, "offset");

          /* Before the first Julian day there is no day to show it on. */
          if ((gint64) g_date_get_julian (&date) + offset >= 1)
            index_add (by_day, g_date_get_julian (&date) + offset, task);
        }
    }
  return by_day;
}

/**
 * tandem_launch_ops_sort_day:
 * @items: (element-type TandemObject): a day of tandem_launch_ops_index_by_day()
 *
 * Sorts a day's items as a calendar shows them: launches first, by tier,
 * then tasks, each by title.
 */
void
tandem_launch_ops_sort_day (GPtrArray *items)
{
  g_ptr_array_sort (items, compare_day_items);
}

/**
 * tandem_launch_ops_get_scheduled:
 * @today: the day used when nothing else says when the launch was planned
 *
 * The day the launch got its date: the scheduled field, set when a launch is
 * planned or moved, else the day it was created.
 */
void
tandem_launch_ops_get_scheduled (TandemLaunch *launch,
                                 const GDate  *today,
                                 GDate        *scheduled)
{
  const char *created;

  g_return_if_fail (TANDEM_IS_LAUNCH (launch));

  if (tandem_launch_ops_parse_date (tandem_object_get_string (TANDEM_OBJECT (launch), "scheduled"),
                                    scheduled))
    return;
  created = tandem_object_get_created (TANDEM_OBJECT (launch));
  if (created != NULL && strlen (created) >= 10)
    {
      g_autofree char *day = g_strndup (created, 10);

      if (tandem_launch_ops_parse_date (day, scheduled))
        return;
    }
  *scheduled = *today;
}

void
tandem_launch_ops_get_readiness (TandemLaunch *launch,
                                 guint        *n_done,
                                 guint        *n_tasks)
{
  GListModel *tasks;
  guint done = 0;
  guint n;

  g_return_if_fail (TANDEM_IS_LAUNCH (launch));

  tasks = G_LIST_MODEL (tandem_object_get_children (TANDEM_OBJECT (launch)));
  n = g_list_model_get_n_items (tasks);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TandemObject) task = g_list_model_get_item (tasks, i);

      done += tandem_object_get_int (task, "done") != 0;
    }
  if (n_done != NULL)
    *n_done = done;
  if (n_tasks != NULL)
    *n_tasks = n;
}

/* Tier templates */

static const DefaultTier *
default_tier (int tier)
{
  return &default_tiers[CLAMP (tier, 1, 3) - 1];
}

/**
 * tandem_launch_ops_find_tier:
 *
 * Returns: (transfer none) (nullable): the workspace's template for @tier, or
 *   %NULL while the workspace uses the built-in one.
 */
TandemTier *
tandem_launch_ops_find_tier (TandemWorkspace *workspace,
                             int              tier)
{
  GListModel *tiers;

  g_return_val_if_fail (TANDEM_IS_WORKSPACE (workspace), NULL);

  tiers = G_LIST_MODEL (tandem_workspace_get_container (workspace, "tiers"));
  for (guint i = 0; i < g_list_model_get_n_items (tiers); i++)
    {
      g_autoptr(TandemObject) object = g_list_model_get_item (tiers, i);

      if (tandem_object_get_int (object, "number") == tier)
        return TANDEM_TIER (object);
    }
  return NULL;
}

/**
 * tandem_launch_ops_ensure_tier:
 *
 * Copies the built-in template of @tier into the workspace (one undo step)
 * unless it has one, so that it can be edited there.
 *
 * Returns: (transfer none): the workspace's template for @tier.
 */
TandemTier *
tandem_launch_ops_ensure_tier (TandemWorkspace *workspace,
                               int              tier)
{
  const DefaultTier *def;
  TandemTier *object;

  g_return_val_if_fail (TANDEM_IS_WORKSPACE (workspace), NULL);
  g_return_val_if_fail (tier >= 1 && tier <= 3, NULL);

  object = tandem_launch_ops_find_tier (workspace, tier);
  if (object != NULL)
    return object;

  def = default_tier (tier);
  tandem_workspace_begin_group (workspace, _("Edit Tier Template"));
  object = tandem_workspace_create (workspace, TANDEM_TYPE_TIER, NULL,
                                    "number", tier,
                                    "title", _(def->title),
                                    "min-lead", def->min_lead,
                                    "recommended-lead", def->recommended_lead,
                                    NULL);
  for (guint i = 0; i < def->n_tasks; i++)
    tandem_workspace_create (workspace, TANDEM_TYPE_TASK, object,
                             "title", _(def->tasks[i].title),
                             "offset", def->tasks[i].offset,
                             "team", def->tasks[i].team,
                             NULL);
  tandem_workspace_end_group (workspace);
  return object;
}

/**
 * tandem_launch_ops_get_min_lead:
 *
 * Returns: the days of notice marketing needs for a launch of @tier.
 */
int
tandem_launch_ops_get_min_lead (TandemWorkspace *workspace,
                                int              tier)
{
  TandemTier *object = tandem_launch_ops_find_tier (workspace, tier);

  if (object != NULL)
    return tandem_object_get_int (TANDEM_OBJECT (object), "min-lead");
  return default_tier (tier)->min_lead;
}

int
tandem_launch_ops_get_recommended_lead (TandemWorkspace *workspace,
                                        int              tier)
{
  TandemTier *object = tandem_launch_ops_find_tier (workspace, tier);

  if (object != NULL)
    return MAX (tandem_object_get_int (TANDEM_OBJECT (object), "recommended-lead"),
                tandem_object_get_int (TANDEM_OBJECT (object), "min-lead"));
  return default_tier (tier)->recommended_lead;
}

/**
 * tandem_launch_ops_list_template:
 *
 * Returns: (transfer container) (element-type TandemTask): the default
 *   checklist of @tier: the workspace template's tasks, or new detached ones
 *   made from the built-in template.
 */
GPtrArray *
tandem_launch_ops_list_template (TandemWorkspace *workspace,
                                 int              tier)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_object_unref);
  TandemTier *object = tandem_launch_ops_find_tier (workspace, tier);

  if (object != NULL)
    {
      GListModel *tasks = G_LIST_MODEL (tandem_object_get_children (TANDEM_OBJECT (object)));

      for (guint i = 0; i < g_list_model_get_n_items (tasks); i++)
        g_ptr_array_add (out, g_list_model_get_item (tasks, i));
    }
  else
    {
      const DefaultTier *def = default_tier (tier);

      for (guint i = 0; i < def->n_tasks; i++)
        {
          TandemTask *task = tandem_task_new ();

          tandem_object_set_detached (task,
                                      "title", _(def->tasks[i].title),
                                      "offset", def->tasks[i].offset,
                                      "team", def->tasks[i].team,
                                      NULL);
          g_ptr_array_add (out, task);
        }
    }
  return out;
}

static gboolean
has_task_titled (TandemLaunch *launch,
                 const char   *title)
{
  GListModel *tasks = G_LIST_MODEL (tandem_object_get_children (TANDEM_OBJECT (launch)));
  g_autofree char *key = g_utf8_casefold (title, -1);

  for (guint i = 0; i < g_list_model_get_n_items (tasks); i++)
    {
      g_autoptr(TandemObject) task = g_list_model_get_item (tasks, i);
      g_autofree char *other = g_utf8_casefold (tandem_object_get_string (task, "title"), -1);

      if (strcmp (key, other) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
add_template_tasks (TandemWorkspace *workspace,
                    TandemLaunch    *launch,
                    int              tier)
{
  g_autoptr(GPtrArray) template = tandem_launch_ops_list_template (workspace, tier);

  for (guint i = 0; i < template->len; i++)
    {
      TandemObject *task = g_ptr_array_index (template, i);
      const char *title = tandem_object_get_string (task, "title");

      if (title == NULL || has_task_titled (launch, title))
        continue;
      tandem_workspace_create (workspace, TANDEM_TYPE_TASK, launch,
                               "title", title,
                               "offset", tandem_object_get_int (task, "offset"),
                               "team", tandem_object_get_int (task, "team"),
                               NULL);
    }
}

/**
 * tandem_launch_ops_apply_tier:
 *
 * Gives @launch the tier @tier and adds the tasks of its template that the
 * launch does not have yet (by title), as one undo step.  Existing tasks are
 * kept as they are, done or not.
 *
 * Returns: whether anything changed.
 */
gboolean
tandem_launch_ops_apply_tier (TandemWorkspace *workspace,
                              TandemLaunch    *launch,
                              int              tier)
{
  gboolean could_undo;
  guint64 revision;

  g_return_val_if_fail (TANDEM_IS_WORKSPACE (workspace), FALSE);
  g_return_val_if_fail (TANDEM_IS_LAUNCH (launch), FALSE);
  g_return_val_if_fail (tier >= 1 && tier <= 3, FALSE);

  could_undo = tandem_workspace_get_can_undo (workspace);
  revision = tandem_workspace_get_revision (workspace);
  tandem_workspace_begin_group (workspace, _("Change Tier"));
  tandem_workspace_set (workspace, launch, "tier", tier, NULL);
  add_template_tasks (workspace, launch, tier);
  tandem_workspace_end_group (workspace);
  return tandem_workspace_get_can_undo (workspace) != could_undo ||
         tandem_workspace_get_revision (workspace) != revision;
}

/**
 * tandem_launch_ops_plan_from_card:
 *
 * Plans a Tier 2 launch for @card as one undo step: titled after the card,
 * linked to it, owned by its PMM, on the card's target day, or else on the
 * first day of its target quarter or after the tier's recommended notice,
 * whichever is later.  The tier's template fills the checklist.
 *
 * Returns: (transfer none): the new launch.
 */
TandemLaunch *
tandem_launch_ops_plan_from_card (TandemWorkspace *workspace,
                                  TandemCard      *card,
                                  const GDate     *today)
{
  const int tier = 2;
  const char *target;
  const char *cards[] = { NULL, NULL };
  g_autofree char *date_text = NULL;
  g_autofree char *today_text = NULL;
  TandemLaunch *launch;
  GDate date, earliest;

  g_return_val_if_fail (TANDEM_IS_WORKSPACE (workspace), NULL);
  g_return_val_if_fail (TANDEM_IS_CARD (card), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  earliest = *today;
  g_date_add_days (&earliest, tandem_launch_ops_get_recommended_lead (workspace, tier));

  target = tandem_object_get_string (TANDEM_OBJECT (card), "target");
  if (!tandem_launch_ops_parse_date (target, &date))
    {
      if (target != NULL && strlen (target) == 7 && target[5] == 'Q')
        {
          g_date_clear (&date, 1);
          g_date_set_dmy (&date, 1, (target[6] - '1') * 3 + 1, atoi (target));
          if (g_date_compare (&date, &earliest) < 0)
            date = earliest;
        }
      else
        date = earliest;
    }

  date_text = tandem_launch_ops_format_date (&date);
  today_text = tandem_launch_ops_format_date (today);
  cards[0] = tandem_object_get_id (TANDEM_OBJECT (card));

  tandem_workspace_begin_group (workspace, _("Plan Launch"));
  launch = tandem_workspace_create (workspace, TANDEM_TYPE_LAUNCH, NULL,
                                    "title", tandem_object_get_string (TANDEM_OBJECT (card), "title"),
                                    "date", date_text,
                                    "tier", tier,
                                    "pmm", tandem_object_get_string (TANDEM_OBJECT (card), "pmm"),
                                    "cards", cards,
                                    "scheduled", today_text,
                                    NULL);
  if (launch != NULL)
    add_template_tasks (workspace, launch, tier);
  tandem_workspace_end_group (workspace);
  return launch;
}

/**
 * tandem_launch_ops_move:
 * @today: the day the launch is moved on: its lead time counts from it
 *
 * Moves @launch to @date as one undo step.  Its tasks are placed by offsets
 * from the launch date, so they all move with it.
 *
 * Returns: whether the launch moved.
 */
gboolean
tandem_launch_ops_move (TandemWorkspace *workspace,
                        TandemLaunch    *launch,
                        const GDate     *date,
                        const GDate     *today)
{
  g_autofree char *date_text = NULL;
  g_autofree char *today_text = NULL;
  gboolean moved;

  g_return_val_if_fail (TANDEM_IS_WORKSPACE (workspace), FALSE);
  g_return_val_if_fail (TANDEM_IS_LAUNCH (launch), FALSE);
  g_return_val_if_fail (date != NULL && g_date_valid (date), FALSE);
  g_return_val_if_fail (today != NULL && g_date_valid (today), FALSE);

  date_text = tandem_launch_ops_format_date (date);
  if (g_strcmp0 (date_text, tandem_object_get_string (TANDEM_OBJECT (launch), "date")) == 0)
    return FALSE;
  today_text = tandem_launch_ops_format_date (today);

  tandem_workspace_begin_group (workspace, _("Move Launch"));
  moved = tandem_workspace_set (workspace, launch, "date", date_text, "scheduled", today_text, NULL);
  tandem_workspace_end_group (workspace);
  return moved;
}

/**
 * tandem_launch_ops_move_by:
 * @days: days later (positive) or earlier (negative): 1 or 7 from the keyboard
 */
gboolean
tandem_launch_ops_move_by (TandemWorkspace *workspace,
                           TandemLaunch    *launch,
                           int              days,
                           const GDate     *today)
{
  GDate date;

  g_return_val_if_fail (TANDEM_IS_LAUNCH (launch), FALSE);

  if (!tandem_launch_ops_get_date (launch, &date))
    return FALSE;
  if (days >= 0)
    g_date_add_days (&date, days);
  else
    g_date_subtract_days (&date, -days);
  return tandem_launch_ops_move (workspace, launch, &date, today);
}

/**
 * tandem_launch_ops_move_task:
 *
 * Changes the offset of @task so that it falls due on @due, as one undo step.
 *
 * Returns: %FALSE when @due is too far from the launch for an offset.
 */
gboolean
tandem_launch_ops_move_task (TandemWorkspace *workspace,
                             TandemTask      *task,
                             const GDate     *due)
{
  TandemObject *launch;
  GDate date;
  gint64 offset;

  g_return_val_if_fail (TANDEM_IS_WORKSPACE (workspace), FALSE);
  g_return_val_if_fail (TANDEM_IS_TASK (task), FALSE);
  g_return_val_if_fail (due != NULL && g_date_valid (due), FALSE);

  launch = tandem_object_get_parent (TANDEM_OBJECT (task));
  if (!TANDEM_IS_LAUNCH (launch) || !tandem_launch_ops_get_date (TANDEM_LAUNCH (launch), &date))
    return FALSE;
  offset = (gint64) g_date_get_julian (due) - (gint64) g_date_get_julian (&date);
  if (offset < -3650 || offset > 3650)
    return FALSE;
  if (offset == tandem_object_get_int (TANDEM_OBJECT (task), "offset"))
    return FALSE;

  tandem_workspace_begin_group (workspace, _("Move Task"));
  tandem_workspace_set (workspace, task, "offset", (int) offset, NULL);
  tandem_workspace_end_group (workspace);
  return TRUE;
}

/* Warnings */

static void
add_warning (GPtrArray               *out,
             TandemLaunchWarningKind  kind,
             TandemLaunch            *launch,
             TandemObject            *subject,
             int                      days,
             int                      needed,
             char                    *message)
{
  TandemLaunchWarning *warning = g_new0 (TandemLaunchWarning, 1);

  warning->kind = kind;
  warning->launch = g_object_ref (launch);
  warning->subject = subject != NULL ? g_object_ref (subject) : NULL;
  warning->days = days;
  warning->needed = needed;
  warning->message = message;
  g_ptr_array_add (out, warning);
}

static gboolean
card_is_ready (TandemObject *card)
{
  return tandem_object_get_int (card, "status") == TANDEM_CARD_STATUS_SHIPPED;
}

static int
compare_warnings (gconstpointer a,
                  gconstpointer b)
{
  const TandemLaunchWarning *wa = *(TandemLaunchWarning **) a;
  const TandemLaunchWarning *wb = *(TandemLaunchWarning **) b;
  int cmp = g_strcmp0 (tandem_object_get_string (TANDEM_OBJECT (wa->launch), "date"),
                       tandem_object_get_string (TANDEM_OBJECT (wb->launch), "date"));

  if (cmp == 0)
    cmp = g_strcmp0 (tandem_object_get_id (TANDEM_OBJECT (wa->launch)),
                     tandem_object_get_id (TANDEM_OBJECT (wb->launch)));
  if (cmp == 0)
    cmp = (int) wa->kind - (int) wb->kind;
  if (cmp == 0)
    cmp = wa->days - wb->days;
  if (cmp == 0 && wa->subject != NULL && wb->subject != NULL)
    cmp = g_strcmp0 (tandem_object_get_id (wa->subject), tandem_object_get_id (wb->subject));
  return cmp;
}

/**
 * tandem_launch_ops_compute_warnings:
 * @today: the day to count from (tandem_launch_ops_today())
 * @week_start: the first day of the week, for Tier 1 launches in the same week
 *
 * Finds what needs attention:
 *   - a launch that got less notice than its tier needs (its date minus the
 *     day it was planned or last moved), until it is launched;
 *   - linked cards not shipped yet when the launch is at most
 *     %TANDEM_LAUNCH_CARDS_READY_DAYS away (or past and not launched);
 *   - tasks not done after their due day;
 *   - two Tier 1 launches in the same week.
 *
 * Returns: (transfer full) (element-type TandemLaunchWarning): the warnings,
 *   by launch date.
 */
GPtrArray *
tandem_launch_ops_compute_warnings (TandemWorkspace *workspace,
                                    const GDate     *today,
                                    GDateWeekday     week_start)
{
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) tandem_launch_warning_free);
  g_autoptr(GHashTable) weeks = g_hash_table_new_full (NULL, NULL, NULL,
                                                       (GDestroyNotify) g_ptr_array_unref);
  GListModel *launches;
  gint64 now;
  int min_lead[3];

  g_return_val_if_fail (TANDEM_IS_WORKSPACE (workspace), out);
  g_return_val_if_fail (today != NULL && g_date_valid (today), out);
  g_return_val_if_fail (g_date_valid_weekday (week_start), out);

  for (int tier = 1; tier <= 3; tier++)
    min_lead[tier - 1] = tandem_launch_ops_get_min_lead (workspace, tier);

  now = g_date_get_julian (today);
  launches = G_LIST_MODEL (tandem_workspace_get_launches (workspace));
  for (guint i = 0; i < g_list_model_get_n_items (launches); i++)
    {
      g_autoptr(TandemLaunch) launch = g_list_model_get_item (launches, i);
      TandemObject *object = TANDEM_OBJECT (launch);
      GListModel *tasks = G_LIST_MODEL (tandem_object_get_children (object));
      gboolean launched = tandem_object_get_int (object, "status") == TANDEM_LAUNCH_STATUS_LAUNCHED;
      int tier = tandem_object_get_int (object, "tier");
      gint64 day, days_left;
      GDate date;

      if (!tandem_launch_ops_get_date (launch, &date))
        continue;
      day = g_date_get_julian (&date);
      days_left = day - now;

      if (!launched && days_left >= 0)
        {
          GDate scheduled;
          gint64 lead;

          tandem_launch_ops_get_scheduled (launch, today, &scheduled);
          lead = day - (gint64) g_date_get_julian (&scheduled);
          if (lead < min_lead[tier - 1])
            add_warning (out, TANDEM_LAUNCH_WARNING_LEAD_TIME, launch, NULL,
                         (int) lead, min_lead[tier - 1],
                         /* Translators: "Tier 1 needs 84 days of notice; this launch got 30". */
                         g_strdup_printf (_("Tier %d needs %d days of notice; this launch got %d"),
                                          tier, min_lead[tier - 1], (int) lead));
        }

      if (!launched && days_left <= TANDEM_LAUNCH_CARDS_READY_DAYS)
        {
          const char * const *cards = tandem_object_get_list (object, "cards");

          for (guint k = 0; cards[k] != NULL; k++)
            {
              TandemObject *card = tandem_workspace_lookup (workspace, cards[k]);

              if (card == NULL || card_is_ready (card))
                continue;
              add_warning (out, TANDEM_LAUNCH_WARNING_CARD_NOT_READY, launch, card,
                           (int) days_left, 0,
                           g_strdup_printf (_("“%s” is not shipped yet"),
                                            tandem_object_get_string (card, "title")));
            }
        }

      for (guint k = 0; k < g_list_model_get_n_items (tasks); k++)
        {
          g_autoptr(TandemObject) task = g_list_model_get_item (tasks, k);
          gint64 due = day + tandem_object_get_int (task, "offset");

          if (tandem_object_get_int (task, "done") || due >= now)
            continue;
          add_warning (out, TANDEM_LAUNCH_WARNING_OVERDUE_TASK, launch, task,
                       (int) (now - due), 0,
                       g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                     "“%s” is %d day overdue",
                                                     "“%s” is %d days overdue",
                                                     (gulong) (now - due)),
                                        tandem_object_get_string (task, "title"),
                                        (int) (now - due)));
        }

      if (tier == 1)
        {
          /* The week a day is in: back to the last week_start. */
          int back = ((int) g_date_get_weekday (&date) - (int) week_start + 7) % 7;
          gpointer key = GSIZE_TO_POINTER ((gsize) (day - back));
          GPtrArray *week = g_hash_table_lookup (weeks, key);

          if (week == NULL)
            {
              week = g_ptr_array_new_with_free_func (g_object_unref);
              g_hash_table_insert (weeks, key, week);
            }
          g_ptr_array_add (week, g_object_ref (launch));
        }
    }

  {
    GHashTableIter iter;
    GPtrArray *week;

    g_hash_table_iter_init (&iter, weeks);
    while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &week))
      {
        if (week->len < 2)
          continue;
        for (guint a = 0; a < week->len; a++)
          for (guint b = 0; b < week->len; b++)
            {
              TandemObject *other = g_ptr_array_index (week, b);

              if (a == b)
                continue;
              add_warning (out, TANDEM_LAUNCH_WARNING_TIER_ONE_CLASH, g_ptr_array_index (week, a),
                           other, 0, 0,
                           g_strdup_printf (_("Same week as the Tier 1 launch “%s”"),
                                            tandem_object_get_string (other, "title")));
            }
      }
  }

  g_ptr_array_sort (out, compare_warnings);
  return out;
}
