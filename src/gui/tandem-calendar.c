/* tandem-calendar.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-calendar"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tandem-calendar.h"
#include "tandem-ical.h"
#include "tandem-launch-editor.h"
#include "tandem-tier-editor.h"

/* The Launches page: a month grid and, beside it, the upcoming launches and
 * the warnings.
 *
 * The grid recycles its widgets: 42 day cells, each with a fixed number of
 * chip buttons and a "+N more" button, made once and refilled when the month
 * or the workspace changes.  What a day shows comes from an index of the
 * workspace by day (a hash of Julian day → launches and tasks) rebuilt after
 * a change, so switching months is 42 lookups whatever the workspace holds.
 * The agenda and the warnings are list views over models. */

#define N_CELLS 42

typedef struct
{
  GtkWidget *box;
  GtkWidget *number;
  GtkWidget *chips[TANDEM_CALENDAR_MAX_CHIPS];
  GtkWidget *more;
  guint      julian;
} Cell;

struct _TandemCalendar
{
  AdwBin            parent_instance;

  /* Template children */
  GtkLabel         *month_label;
  GtkLabel         *summary_label;
  GtkGrid          *weekday_grid;
  GtkGrid          *month_grid;
  GtkListView      *agenda_view;
  GtkListView      *warnings_view;
  GtkLabel         *warnings_heading;

  TandemWorkspace  *workspace;
  GDate             month;          /* its first day */
  GDate             today_override; /* for tests; invalid for the real today */
  GDateWeekday      week_start;

  Cell              cells[N_CELLS];
  GtkDropTarget    *drop_target;
  GtkWidget        *hover_cell;
  GHashTable       *by_day;         /* Julian day → GPtrArray of TandemObject */
  GHashTable       *sorted_days;    /* the Julian days of by_day already sorted */
  GHashTable       *warned;         /* TandemLaunch → GPtrArray of messages */
  guint             n_warnings;

  GtkPopover       *more_popover;
  GListStore       *more_store;
  GtkWindow        *tier_editor;    /* weak: the open Tier Templates window */

  GtkFilterListModel *agenda_filter_model;
  GtkCustomFilter  *agenda_filter;
  GtkCustomSorter  *agenda_sorter;
  GtkMapListModel  *agenda_map;
  GtkStringList    *warning_messages;

  guint             refresh_id;
};

G_DEFINE_FINAL_TYPE (TandemCalendar, tandem_calendar, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_WORKSPACE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
get_today (TandemCalendar *self,
           GDate          *today)
{
  if (g_date_valid (&self->today_override))
    *today = self->today_override;
  else
    tandem_launch_ops_today (NULL, today);
}

static guint
first_grid_julian (TandemCalendar *self)
{
  int back = ((int) g_date_get_weekday (&self->month) - (int) self->week_start + 7) % 7;

  return g_date_get_julian (&self->month) - back;
}

/* A day's items, launches first: sorted when first shown, since a workspace
 * holds far more days than a month shows and sorting every day by title
 * was 40% of rebuilding the index. */
static GPtrArray *
day_items (TandemCalendar *self,
           guint           julian)
{
  GPtrArray *items = g_hash_table_lookup (self->by_day, GUINT_TO_POINTER (julian));

  if (items != NULL && g_hash_table_add (self->sorted_days, GUINT_TO_POINTER (julian)))
    tandem_launch_ops_sort_day (items);
  return items;
}

static void
rebuild_index (TandemCalendar *self)
{
  g_hash_table_remove_all (self->sorted_days);
  g_clear_pointer (&self->by_day, g_hash_table_unref);
  if (self->workspace != NULL)
    self->by_day = tandem_launch_ops_index_by_day (self->workspace);
  else
    self->by_day = g_hash_table_new (NULL, NULL);
}

/* Replaces only the lines of @list that differ from @lines, so that an edit
 * which changes one warning rebinds one row, not the whole list. */
static void
splice_changed (GtkStringList *list,
                GStrv          lines)
{
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (list));
  guint n_new = g_strv_length (lines);
  guint head = 0, tail = 0;

  while (head < n_old && head < n_new &&
         g_str_equal (gtk_string_list_get_string (list, head), lines[head]))
    head++;
  while (tail < n_old - head && tail < n_new - head &&
         g_str_equal (gtk_string_list_get_string (list, n_old - 1 - tail), lines[n_new - 1 - tail]))
    tail++;
  if (head == n_old && head == n_new)
    return;

  {
    g_autofree const char **middle = g_new0 (const char *, n_new - head - tail + 1);

    for (guint i = head; i < n_new - tail; i++)
      middle[i - head] = lines[i];
    gtk_string_list_splice (list, head, n_old - head - tail, middle);
  }
}

static void
rebuild_warnings (TandemCalendar *self)
{
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) messages = NULL;
  g_autofree char *heading = NULL;
  GDate today;

  g_hash_table_remove_all (self->warned);
  if (self->workspace != NULL)
    {
      get_today (self, &today);
      warnings = tandem_launch_ops_compute_warnings (self->workspace, &today, self->week_start);
    }
  else
    warnings = g_ptr_array_new ();

  for (guint i = 0; i < warnings->len; i++)
    {
      TandemLaunchWarning *w = g_ptr_array_index (warnings, i);
      GPtrArray *list = g_hash_table_lookup (self->warned, w->launch);

      if (list == NULL)
        {
          list = g_ptr_array_new_with_free_func (g_free);
          g_hash_table_insert (self->warned, w->launch, list);
        }
      g_ptr_array_add (list, g_strdup (w->message));
      /* Translators: a warning in the list: "Orbit 3.0: Analyst briefings is 2 days overdue". */
      {
        g_autofree char *line = g_strdup_printf (_("%s: %s"),
                                                 tandem_object_get_string (TANDEM_OBJECT (w->launch), "title"),
                                                 w->message);

        g_strv_builder_add (builder, line);
      }
    }
  self->n_warnings = warnings->len;

  messages = g_strv_builder_end (builder);
  splice_changed (self->warning_messages, messages);
  heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u Warning", "%u Warnings",
                                          self->n_warnings),
                             self->n_warnings);
  gtk_label_set_label (self->warnings_heading, heading);
}

static char *
chip_text (TandemCalendar *self,
           TandemObject   *object)
{
  if (TANDEM_IS_LAUNCH (object))
    {
      GPtrArray *warnings = g_hash_table_lookup (self->warned, object);

      return g_strdup_printf ("%s%s", warnings != NULL ? "⚠ " : "",
                              tandem_object_get_string (object, "title"));
    }
  else
    {
      int offset = tandem_object_get_int (object, "offset");

      /* Compact on a chip: "T-7", "T0", "T+14". */
      if (offset == 0)
        return g_strdup_printf ("T0 %s", tandem_object_get_string (object, "title"));
      return g_strdup_printf ("T%+d %s", offset, tandem_object_get_string (object, "title"));
    }
}

static char *
chip_tooltip (TandemCalendar *self,
              TandemObject   *object)
{
  g_autoptr(GString) text = g_string_new (NULL);

  if (TANDEM_IS_LAUNCH (object))
    {
      GPtrArray *warnings = g_hash_table_lookup (self->warned, object);

      g_string_append_printf (text, _("%s — Tier %d launch"), tandem_object_get_string (object, "title"),
                              tandem_object_get_int (object, "tier"));
      for (guint i = 0; warnings != NULL && i < warnings->len; i++)
        g_string_append_printf (text, "\n⚠ %s", (char *) g_ptr_array_index (warnings, i));
    }
  else
    {
      TandemObject *launch = tandem_object_get_parent (object);

      g_string_append_printf (text, _("%s — task of “%s”"), tandem_object_get_string (object, "title"),
                              tandem_object_get_string (launch, "title"));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static const char * const chip_classes[] = {
  "launch", "task", "tier-1", "tier-2", "tier-3", "warning", "done", "overdue",
};

/* Classes change only when they differ: restyling is what a month switch
 * would otherwise spend its frame on. */
static void
set_chip_classes (GtkWidget *chip,
                  guint      classes)
{
  guint old = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (chip), "tandem-classes"));

  if (old == classes)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (chip_classes); i++)
    {
      if ((old & (1u << i)) && !(classes & (1u << i)))
        gtk_widget_remove_css_class (chip, chip_classes[i]);
      else if (!(old & (1u << i)) && (classes & (1u << i)))
        gtk_widget_add_css_class (chip, chip_classes[i]);
    }
  g_object_set_data (G_OBJECT (chip), "tandem-classes", GUINT_TO_POINTER (classes));
}

static void
fill_chip (TandemCalendar *self,
           GtkWidget      *chip,
           TandemObject   *object,
           guint           julian,
           guint           today)
{
  g_autofree char *text = NULL;
  g_autofree char *tooltip = NULL;
  guint classes = 0;

  g_object_set_data_full (G_OBJECT (chip), "tandem-object",
                          object != NULL ? g_object_ref (object) : NULL,
                          object != NULL ? g_object_unref : NULL);
  if (gtk_widget_get_visible (chip) != (object != NULL))
    gtk_widget_set_visible (chip, object != NULL);
  if (object == NULL)
    return;

  text = chip_text (self, object);
  tooltip = chip_tooltip (self, object);
  gtk_label_set_label (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (chip))), text);
  /* The text is made here for screen readers, but the tooltip is set only
   * when asked for (chip_query_tooltip_cb): setting the tooltip on every
   * chip cost a tenth of a month switch. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (chip), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, tooltip, -1);

  if (TANDEM_IS_LAUNCH (object))
    {
      classes |= 1u << 0;
      classes |= 1u << (1 + CLAMP (tandem_object_get_int (object, "tier"), 1, 3));
      if (g_hash_table_contains (self->warned, object))
        classes |= 1u << 5;
    }
  else
    {
      classes |= 1u << 1;
      if (tandem_object_get_int (object, "done"))
        classes |= 1u << 6;
      else if (julian < today)
        classes |= 1u << 7;
    }
  set_chip_classes (chip, classes);
}

static void
refresh_cells (TandemCalendar *self)
{
  g_autofree char *month_text = NULL;
  guint first = first_grid_julian (self);
  guint month = g_date_get_month (&self->month);
  GDate today;
  char buf[128];

  get_today (self, &today);

  if (g_date_strftime (buf, sizeof buf, "%B %Y", &self->month) > 0)
    gtk_label_set_label (self->month_label, buf);

  for (guint i = 0; i < N_CELLS; i++)
    {
      Cell *cell = &self->cells[i];
      GPtrArray *items = day_items (self, first + i);
      guint n = items != NULL ? items->len : 0;
      guint shown = n <= TANDEM_CALENDAR_MAX_CHIPS ? n : TANDEM_CALENDAR_MAX_CHIPS - 1;
      char number[8];
      GDate date;

      cell->julian = first + i;
      g_date_clear (&date, 1);
      g_date_set_julian (&date, cell->julian);
      g_snprintf (number, sizeof number, "%u", g_date_get_day (&date));
      gtk_label_set_label (GTK_LABEL (cell->number), number);
      if ((g_date_get_month (&date) != month) != gtk_widget_has_css_class (cell->box, "other-month"))
        {
          if (g_date_get_month (&date) != month)
            gtk_widget_add_css_class (cell->box, "other-month");
          else
            gtk_widget_remove_css_class (cell->box, "other-month");
        }
      if ((cell->julian == g_date_get_julian (&today)) != gtk_widget_has_css_class (cell->box, "today"))
        {
          if (cell->julian == g_date_get_julian (&today))
            gtk_widget_add_css_class (cell->box, "today");
          else
            gtk_widget_remove_css_class (cell->box, "today");
        }

      for (guint k = 0; k < TANDEM_CALENDAR_MAX_CHIPS; k++)
        fill_chip (self, cell->chips[k], k < shown ? g_ptr_array_index (items, k) : NULL,
                   cell->julian, g_date_get_julian (&today));

      if (n > shown)
        {
          g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "+%u more",
                                                                "+%u more", n - shown),
                                                   n - shown);

          gtk_button_set_label (GTK_BUTTON (cell->more), more);
        }
      if (gtk_widget_get_visible (cell->more) != (n > shown))
        gtk_widget_set_visible (cell->more, n > shown);
    }
}

static void
refresh_weekdays (TandemCalendar *self)
{
  GtkWidget *child;
  GDate day;
  guint i = 0;

  /* 1 January 2023 was a Sunday. */
  g_date_clear (&day, 1);
  g_date_set_dmy (&day, 1 + (self->week_start % 7), 1, 2023);
  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->weekday_grid));
       child != NULL; child = gtk_widget_get_next_sibling (child), i++)
    {
      char buf[64];

      if (g_date_strftime (buf, sizeof buf, "%a", &day) > 0)
        gtk_label_set_label (GTK_LABEL (child), buf);
      g_date_add_days (&day, 1);
    }
}

static gpointer
agenda_map_func (gpointer item,
                 gpointer user_data)
{
  return item;
}

/**
 * tandem_calendar_refresh:
 *
 * Rebuilds the day index and the warnings now rather than at the next idle.
 */
void
tandem_calendar_refresh (TandemCalendar *self)
{
  g_return_if_fail (TANDEM_IS_CALENDAR (self));

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  rebuild_index (self);
  rebuild_warnings (self);
  refresh_cells (self);
  gtk_filter_changed (GTK_FILTER (self->agenda_filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_sorter_changed (GTK_SORTER (self->agenda_sorter), GTK_SORTER_CHANGE_DIFFERENT);
  /* Setting the map function again rebinds every row: days left, readiness
   * and warnings change without the launch itself changing. */
  gtk_map_list_model_set_map_func (self->agenda_map, agenda_map_func, NULL, NULL);
}

static gboolean
refresh_idle (gpointer data)
{
  TandemCalendar *self = data;

  self->refresh_id = 0;
  tandem_calendar_refresh (self);
  return G_SOURCE_REMOVE;
}

static void
queue_refresh (TandemCalendar *self)
{
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, refresh_idle, self, NULL);
}

static void
workspace_changed_cb (TandemCalendar *self,
                      TandemObject   *object,
                      const char     *field)
{
  if (TANDEM_IS_LAUNCH (object) || TANDEM_IS_TASK (object) || TANDEM_IS_CARD (object) ||
      TANDEM_IS_TIER (object))
    queue_refresh (self);
}

/* Month navigation */

void
tandem_calendar_get_month (TandemCalendar *self,
                           GDate          *first_day)
{
  g_return_if_fail (TANDEM_IS_CALENDAR (self));

  *first_day = self->month;
}

/**
 * tandem_calendar_set_month:
 * @day: any day of the month to show
 */
void
tandem_calendar_set_month (TandemCalendar *self,
                           const GDate    *day)
{
  g_return_if_fail (TANDEM_IS_CALENDAR (self));
  g_return_if_fail (day != NULL && g_date_valid (day));

  g_date_clear (&self->month, 1);
  g_date_set_dmy (&self->month, 1, g_date_get_month (day), g_date_get_year (day));
  if (self->refresh_id == 0)
    refresh_cells (self);
}

void
tandem_calendar_set_today (TandemCalendar *self,
                           const GDate    *today)
{
  g_return_if_fail (TANDEM_IS_CALENDAR (self));

  if (today != NULL)
    self->today_override = *today;
  else
    g_date_clear (&self->today_override, 1);
  queue_refresh (self);
}

GDateWeekday
tandem_calendar_get_week_start (TandemCalendar *self)
{
  g_return_val_if_fail (TANDEM_IS_CALENDAR (self), G_DATE_MONDAY);

  return self->week_start;
}

void
tandem_calendar_set_week_start (TandemCalendar *self,
                                GDateWeekday    week_start)
{
  g_return_if_fail (TANDEM_IS_CALENDAR (self));
  g_return_if_fail (g_date_valid_weekday (week_start));

  self->week_start = week_start;
  refresh_weekdays (self);
  queue_refresh (self);
}

static void
shift_month (TandemCalendar *self,
             int             months)
{
  GDate day = self->month;

  if (months > 0)
    g_date_add_months (&day, months);
  else
    g_date_subtract_months (&day, -months);
  tandem_calendar_set_month (self, &day);
}

static void
previous_month_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  shift_month (TANDEM_CALENDAR (widget), -1);
}

static void
next_month_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  shift_month (TANDEM_CALENDAR (widget), 1);
}

static void
today_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  TandemCalendar *self = TANDEM_CALENDAR (widget);
  GDate today;

  get_today (self, &today);
  tandem_calendar_set_month (self, &today);
}

/* Editing */

static void
open_editor (TandemCalendar *self,
             TandemObject   *object)
{
  TandemObject *launch = TANDEM_IS_TASK (object) ? tandem_object_get_parent (object) : object;
  GtkWidget *editor;

  if (!TANDEM_IS_LAUNCH (launch))
    return;
  editor = tandem_launch_editor_new (self->workspace, TANDEM_LAUNCH (launch));
  gtk_window_set_transient_for (GTK_WINDOW (editor),
                                GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  gtk_window_present (GTK_WINDOW (editor));
}

static void
new_launch_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  TandemCalendar *self = TANDEM_CALENDAR (widget);
  g_autofree char *date_text = NULL;
  g_autofree char *today_text = NULL;
  TandemLaunch *launch;
  GDate today, date;
  int tier = 2;

  if (self->workspace == NULL)
    return;
  get_today (self, &today);
  date = today;
  g_date_add_days (&date, tandem_launch_ops_get_recommended_lead (self->workspace, tier));
  date_text = tandem_launch_ops_format_date (&date);
  today_text = tandem_launch_ops_format_date (&today);

  tandem_workspace_begin_group (self->workspace, _("New Launch"));
  launch = tandem_workspace_create (self->workspace, TANDEM_TYPE_LAUNCH, NULL,
                                    "title", _("New launch"), "date", date_text,
                                    "scheduled", today_text, NULL);
  tandem_launch_ops_apply_tier (self->workspace, launch, tier);
  tandem_workspace_end_group (self->workspace);

  tandem_calendar_set_month (self, &date);
  open_editor (self, TANDEM_OBJECT (launch));
}

static void
edit_tiers_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  TandemCalendar *self = TANDEM_CALENDAR (widget);
  GtkWidget *editor;

  if (self->workspace == NULL)
    return;
  if (self->tier_editor == NULL)
    {
      editor = tandem_tier_editor_new (self->workspace);
      gtk_window_set_transient_for (GTK_WINDOW (editor),
                                    GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
      g_set_weak_pointer (&self->tier_editor, GTK_WINDOW (editor));
    }
  gtk_window_present (self->tier_editor);
}

/* The Tier Templates window edits the workspace it was opened on: it goes
 * with it, so that no edit lands in a workspace no longer shown. */
static void
close_tier_editor (TandemCalendar *self)
{
  if (self->tier_editor != NULL)
    gtk_window_destroy (self->tier_editor);
  g_clear_weak_pointer (&self->tier_editor);
}

static void
export_response_cb (GtkNativeDialog *dialog,
                    int              response,
                    TandemCalendar  *self)
{
  if (response == GTK_RESPONSE_ACCEPT && self->workspace != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autoptr(GError) error = NULL;

      if (!tandem_ical_export_to_file (self->workspace, file, NULL, &error))
        {
          GtkWidget *message = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                                       _("Could Not Export"), error->message);

          adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (message), "close", _("_Close"));
          gtk_window_present (GTK_WINDOW (message));
        }
    }
  g_object_unref (dialog);
}

static void
export_ics_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  TandemCalendar *self = TANDEM_CALENDAR (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;

  chooser = gtk_file_chooser_native_new (_("Export iCalendar"),
                                         GTK_WINDOW (gtk_widget_get_root (widget)),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("iCalendar files"));
  gtk_file_filter_add_mime_type (filter, "text/calendar");
  gtk_file_filter_add_suffix (filter, "ics");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  name = g_strdup_printf ("%s.ics", tandem_object_get_string (TANDEM_OBJECT (self->workspace), "title"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", G_CALLBACK (export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Moving with the keyboard: the focused chip's launch or task, by a day or a week. */
static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TandemCalendar *self = TANDEM_CALENDAR (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  TandemObject *object = NULL;
  int days = g_variant_get_int32 (parameter);
  GDate today, date;
  GtkWidget *chip;

  for (; focus != NULL && object == NULL; focus = gtk_widget_get_parent (focus))
    object = _tandem_calendar_get_chip_object (focus);
  if (object == NULL || self->workspace == NULL)
    return;
  g_object_ref (object);

  get_today (self, &today);
  if (TANDEM_IS_LAUNCH (object))
    {
      tandem_launch_ops_move_by (self->workspace, TANDEM_LAUNCH (object), days, &today);
      tandem_launch_ops_get_date (TANDEM_LAUNCH (object), &date);
    }
  else
    {
      tandem_launch_ops_get_due (TANDEM_TASK (object), &date);
      if (days > 0)
        g_date_add_days (&date, days);
      else
        g_date_subtract_days (&date, -days);
      tandem_launch_ops_move_task (self->workspace, TANDEM_TASK (object), &date);
      tandem_launch_ops_get_due (TANDEM_TASK (object), &date);
    }

  /* Keep the moved item in view and focused. */
  tandem_calendar_refresh (self);
  if (g_date_get_julian (&date) < first_grid_julian (self) ||
      g_date_get_julian (&date) >= first_grid_julian (self) + N_CELLS)
    tandem_calendar_set_month (self, &date);
  chip = _tandem_calendar_find_chip (self, object);
  if (chip != NULL)
    gtk_widget_grab_focus (chip);
  g_object_unref (object);
}

/* Drag and drop */

static GdkContentProvider *
drag_prepare_cb (GtkDragSource *source,
                 double         x,
                 double         y,
                 TandemCalendar *self)
{
  GtkWidget *chip = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (source));
  TandemObject *object = _tandem_calendar_get_chip_object (chip);

  if (object == NULL)
    return NULL;
  return gdk_content_provider_new_typed (TANDEM_TYPE_OBJECT, object);
}

static void
drag_begin_cb (GtkDragSource *source,
               GdkDrag       *drag,
               TandemCalendar *self)
{
  GtkWidget *chip = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (source));
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (chip);

  gtk_drag_source_set_icon (source, paintable, 0, 0);
}

static Cell *
cell_at (TandemCalendar *self,
         double          x,
         double          y)
{
  GtkWidget *picked = gtk_widget_pick (GTK_WIDGET (self->month_grid), x, y, GTK_PICK_DEFAULT);

  for (; picked != NULL && picked != GTK_WIDGET (self->month_grid);
       picked = gtk_widget_get_parent (picked))
    for (guint i = 0; i < N_CELLS; i++)
      if (self->cells[i].box == picked)
        return &self->cells[i];
  return NULL;
}

static void
set_hover_cell (TandemCalendar *self,
                GtkWidget      *box)
{
  if (self->hover_cell == box)
    return;
  if (self->hover_cell != NULL)
    gtk_widget_remove_css_class (self->hover_cell, "drop-hover");
  self->hover_cell = box;
  if (box != NULL)
    gtk_widget_add_css_class (box, "drop-hover");
}

static GdkDragAction
drop_motion_cb (GtkDropTarget  *target,
                double          x,
                double          y,
                TandemCalendar *self)
{
  Cell *cell = cell_at (self, x, y);

  set_hover_cell (self, cell != NULL ? cell->box : NULL);
  return cell != NULL ? GDK_ACTION_MOVE : 0;
}

static void
drop_leave_cb (GtkDropTarget  *target,
               TandemCalendar *self)
{
  set_hover_cell (self, NULL);
}

/* A drop on a day moves the launch (with its tasks) or the task there; a
 * drop anywhere else is refused and changes nothing. */
static gboolean
drop_cb (GtkDropTarget  *target,
         const GValue   *value,
         double          x,
         double          y,
         TandemCalendar *self)
{
  TandemObject *object;
  Cell *cell;
  GDate day, today;

  set_hover_cell (self, NULL);
  if (self->workspace == NULL || !G_VALUE_HOLDS (value, TANDEM_TYPE_OBJECT))
    return FALSE;
  object = g_value_get_object (value);
  cell = cell_at (self, x, y);
  if (object == NULL || cell == NULL ||
      tandem_workspace_lookup (self->workspace, tandem_object_get_id (object)) != object)
    return FALSE;

  g_date_clear (&day, 1);
  g_date_set_julian (&day, cell->julian);
  get_today (self, &today);
  if (TANDEM_IS_LAUNCH (object))
    tandem_launch_ops_move (self->workspace, TANDEM_LAUNCH (object), &day, &today);
  else if (TANDEM_IS_TASK (object))
    {
      if (!tandem_launch_ops_move_task (self->workspace, TANDEM_TASK (object), &day))
        return FALSE;
    }
  else
    return FALSE;
  tandem_calendar_refresh (self);
  return TRUE;
}

/* The day cells */

static void
chip_clicked_cb (GtkButton      *chip,
                 TandemCalendar *self)
{
  TandemObject *object = _tandem_calendar_get_chip_object (GTK_WIDGET (chip));

  if (object != NULL)
    open_editor (self, object);
}

static void
more_row_activate_cb (GtkListView    *view,
                      guint           position,
                      TandemCalendar *self)
{
  g_autoptr(TandemObject) object = g_list_model_get_item (G_LIST_MODEL (self->more_store), position);

  gtk_popover_popdown (self->more_popover);
  open_editor (self, object);
}

static void
more_clicked_cb (GtkButton      *button,
                 TandemCalendar *self)
{
  GPtrArray *items = NULL;
  graphene_rect_t bounds;

  for (guint i = 0; i < N_CELLS; i++)
    if (self->cells[i].more == GTK_WIDGET (button))
      items = day_items (self, self->cells[i].julian);
  if (items == NULL)
    return;

  g_list_store_splice (self->more_store, 0, g_list_model_get_n_items (G_LIST_MODEL (self->more_store)),
                       items->pdata, items->len);
  if (gtk_widget_compute_bounds (GTK_WIDGET (button), GTK_WIDGET (self), &bounds))
    {
      GdkRectangle rect = { bounds.origin.x, bounds.origin.y, bounds.size.width, bounds.size.height };

      gtk_popover_set_pointing_to (self->more_popover, &rect);
    }
  gtk_popover_popup (self->more_popover);
}

static gboolean
chip_query_tooltip_cb (GtkWidget      *chip,
                       int             x,
                       int             y,
                       gboolean        keyboard_mode,
                       GtkTooltip     *tooltip,
                       TandemCalendar *self)
{
  TandemObject *object = _tandem_calendar_get_chip_object (chip);
  g_autofree char *text = NULL;

  if (object == NULL)
    return FALSE;
  text = chip_tooltip (self, object);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static GtkWidget *
new_chip (TandemCalendar *self)
{
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *chip = gtk_button_new ();
  GtkDragSource *source = gtk_drag_source_new ();

  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  /* The cell decides the width: no natural width from the whole title. */
  gtk_label_set_max_width_chars (GTK_LABEL (label), 1);
  gtk_button_set_child (GTK_BUTTON (chip), label);
  gtk_widget_add_css_class (chip, "chip");
  gtk_widget_set_visible (chip, FALSE);
  g_signal_connect (chip, "clicked", G_CALLBACK (chip_clicked_cb), self);
  gtk_widget_set_has_tooltip (chip, TRUE);
  g_signal_connect (chip, "query-tooltip", G_CALLBACK (chip_query_tooltip_cb), self);

  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (drag_prepare_cb), self);
  g_signal_connect (source, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  gtk_widget_add_controller (chip, GTK_EVENT_CONTROLLER (source));
  return chip;
}

static void
build_grid (TandemCalendar *self)
{
  for (guint d = 0; d < 7; d++)
    {
      GtkWidget *label = gtk_label_new (NULL);

      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_add_css_class (label, "caption-heading");
      gtk_widget_set_margin_bottom (label, 3);
      gtk_grid_attach (self->weekday_grid, label, d, 0, 1, 1);
    }

  for (guint i = 0; i < N_CELLS; i++)
    {
      Cell *cell = &self->cells[i];

      cell->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 1);
      gtk_widget_add_css_class (cell->box, "day");
      gtk_widget_set_overflow (cell->box, GTK_OVERFLOW_HIDDEN);
      cell->number = gtk_label_new (NULL);
      gtk_widget_set_halign (cell->number, GTK_ALIGN_START);
      gtk_widget_add_css_class (cell->number, "day-number");
      gtk_box_append (GTK_BOX (cell->box), cell->number);
      for (guint k = 0; k < TANDEM_CALENDAR_MAX_CHIPS; k++)
        {
          cell->chips[k] = new_chip (self);
          gtk_box_append (GTK_BOX (cell->box), cell->chips[k]);
        }
      cell->more = gtk_button_new ();
      gtk_widget_add_css_class (cell->more, "chip");
      gtk_widget_add_css_class (cell->more, "more");
      gtk_widget_set_halign (cell->more, GTK_ALIGN_START);
      gtk_widget_set_visible (cell->more, FALSE);
      g_signal_connect (cell->more, "clicked", G_CALLBACK (more_clicked_cb), self);
      gtk_box_append (GTK_BOX (cell->box), cell->more);
      gtk_widget_set_size_request (cell->box, 60, 40);
      gtk_grid_attach (self->month_grid, cell->box, i % 7, i / 7, 1, 1);
    }

  self->drop_target = gtk_drop_target_new (TANDEM_TYPE_OBJECT, GDK_ACTION_MOVE);
  g_signal_connect (self->drop_target, "motion", G_CALLBACK (drop_motion_cb), self);
  g_signal_connect (self->drop_target, "enter", G_CALLBACK (drop_motion_cb), self);
  g_signal_connect (self->drop_target, "leave", G_CALLBACK (drop_leave_cb), self);
  g_signal_connect (self->drop_target, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->month_grid), GTK_EVENT_CONTROLLER (self->drop_target));
}

/* The agenda and the warnings */

static gboolean
agenda_filter_func (gpointer item,
                    gpointer user_data)
{
  TandemCalendar *self = user_data;
  GDate today, date;

  get_today (self, &today);
  return tandem_object_get_int (item, "status") != TANDEM_LAUNCH_STATUS_LAUNCHED &&
         tandem_launch_ops_get_date (item, &date) && g_date_compare (&date, &today) >= 0;
}

static int
agenda_sort_func (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  int cmp = g_strcmp0 (tandem_object_get_string ((TandemObject *) a, "date"),
                       tandem_object_get_string ((TandemObject *) b, "date"));

  return cmp != 0 ? cmp : g_strcmp0 (tandem_object_get_id ((TandemObject *) a),
                                     tandem_object_get_id ((TandemObject *) b));
}

static void
agenda_setup_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 TandemCalendar           *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *details = gtk_label_new (NULL);
  GtkWidget *warning = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (title, "agenda-title");
  gtk_label_set_xalign (GTK_LABEL (details), 0);
  gtk_widget_add_css_class (details, "caption");
  gtk_label_set_xalign (GTK_LABEL (warning), 0);
  gtk_label_set_wrap (GTK_LABEL (warning), TRUE);
  gtk_widget_add_css_class (warning, "caption");
  gtk_widget_add_css_class (warning, "agenda-warning");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), details);
  gtk_box_append (GTK_BOX (box), warning);
  gtk_widget_set_margin_top (box, 3);
  gtk_widget_set_margin_bottom (box, 3);
  gtk_list_item_set_child (item, box);
}

static void
agenda_bind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                TandemCalendar           *self)
{
  TandemObject *launch = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *title = gtk_widget_get_first_child (box);
  GtkWidget *details = gtk_widget_get_next_sibling (title);
  GtkWidget *warning = gtk_widget_get_next_sibling (details);
  GPtrArray *warnings = g_hash_table_lookup (self->warned, launch);
  g_autofree char *days_text = NULL;
  g_autofree char *text = NULL;
  g_autofree char *warning_text = NULL;
  guint done, total;
  GDate today, date;
  gint64 days;

  get_today (self, &today);
  tandem_launch_ops_get_date (TANDEM_LAUNCH (launch), &date);
  days = (gint64) g_date_get_julian (&date) - g_date_get_julian (&today);
  tandem_launch_ops_get_readiness (TANDEM_LAUNCH (launch), &done, &total);

  if (days == 0)
    days_text = g_strdup (_("today"));
  else
    days_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "in %d day", "in %d days", (gulong) days),
                                 (int) days);
  /* Translators: "in 12 days · Tier 1 · 3/8 tasks done". */
  text = g_strdup_printf (_("%s · Tier %d · %u/%u tasks done"), days_text,
                          tandem_object_get_int (launch, "tier"), done, total);
  gtk_label_set_label (GTK_LABEL (title), tandem_object_get_string (launch, "title"));
  gtk_label_set_label (GTK_LABEL (details), text);
  if (warnings != NULL)
    warning_text = g_strdup_printf ("⚠ %s", (char *) g_ptr_array_index (warnings, 0));
  if (warnings != NULL && warnings->len > 1)
    {
      char *longer = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s (and %u more)",
                                                   "%s (and %u more)", warnings->len - 1),
                                      warning_text, warnings->len - 1);

      g_free (warning_text);
      warning_text = longer;
    }
  gtk_label_set_label (GTK_LABEL (warning), warning_text);
  gtk_widget_set_visible (warning, warning_text != NULL);
}

static void
agenda_activate_cb (GtkListView    *view,
                    guint           position,
                    TandemCalendar *self)
{
  g_autoptr(TandemObject) launch = g_list_model_get_item (G_LIST_MODEL (self->agenda_map), position);
  GDate date;

  if (tandem_launch_ops_get_date (TANDEM_LAUNCH (launch), &date))
    tandem_calendar_set_month (self, &date);
  open_editor (self, launch);
}

static void
label_setup_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, css_class);
  gtk_list_item_set_child (item, label);
}

static void
warning_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  user_data)
{
  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)),
                       gtk_string_object_get_string (gtk_list_item_get_item (item)));
}

static void
more_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              TandemCalendar           *self)
{
  g_autofree char *text = chip_text (self, gtk_list_item_get_item (item));

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)), text);
}

static void
build_lists (TandemCalendar *self)
{
  GtkListItemFactory *factory;
  GtkWidget *more_view;
  GtkWidget *scrolled;

  self->agenda_filter = gtk_custom_filter_new (agenda_filter_func, self, NULL);
  self->agenda_sorter = gtk_custom_sorter_new (agenda_sort_func, self, NULL);
  self->agenda_filter_model = gtk_filter_list_model_new (NULL, GTK_FILTER (g_object_ref (self->agenda_filter)));
  self->agenda_map = gtk_map_list_model_new (
    G_LIST_MODEL (gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->agenda_filter_model)),
                                           GTK_SORTER (g_object_ref (self->agenda_sorter)))),
    agenda_map_func, NULL, NULL);
  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (agenda_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (agenda_bind_cb), self);
  gtk_list_view_set_factory (self->agenda_view, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->agenda_view,
                           GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->agenda_map)))));

  self->warning_messages = gtk_string_list_new (NULL);
  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (label_setup_cb), (gpointer) "warning-row");
  g_signal_connect (factory, "bind", G_CALLBACK (warning_bind_cb), NULL);
  gtk_list_view_set_factory (self->warnings_view, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->warnings_view,
                           GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->warning_messages)))));

  /* One popover for every day's "+N more", listing that day's items. */
  self->more_store = g_list_store_new (TANDEM_TYPE_OBJECT);
  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (label_setup_cb), (gpointer) "more-row");
  g_signal_connect (factory, "bind", G_CALLBACK (more_bind_cb), self);
  more_view = gtk_list_view_new (GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->more_store)))),
                                 factory);
  gtk_list_view_set_single_click_activate (GTK_LIST_VIEW (more_view), TRUE);
  g_signal_connect (more_view, "activate", G_CALLBACK (more_row_activate_cb), self);
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), more_view);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 360);
  gtk_widget_set_size_request (scrolled, 260, -1);
  self->more_popover = GTK_POPOVER (gtk_popover_new ());
  gtk_popover_set_child (self->more_popover, scrolled);
  gtk_widget_set_parent (GTK_WIDGET (self->more_popover), GTK_WIDGET (self));
}

/* GObject */

static void
tandem_calendar_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  TandemCalendar *self = TANDEM_CALENDAR (widget);

  GTK_WIDGET_CLASS (tandem_calendar_parent_class)->size_allocate (widget, width, height, baseline);
  gtk_popover_present (self->more_popover);
}

static void
tandem_calendar_dispose (GObject *object)
{
  TandemCalendar *self = TANDEM_CALENDAR (object);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  close_tier_editor (self);
  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_data (self->workspace, self);
  g_clear_object (&self->workspace);
  if (self->more_popover != NULL)
    {
      gtk_widget_unparent (GTK_WIDGET (self->more_popover));
      self->more_popover = NULL;
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), TANDEM_TYPE_CALENDAR);
  g_clear_object (&self->more_store);
  g_clear_object (&self->agenda_filter);
  g_clear_object (&self->agenda_sorter);
  g_clear_object (&self->agenda_filter_model);
  g_clear_object (&self->agenda_map);
  g_clear_object (&self->warning_messages);

  G_OBJECT_CLASS (tandem_calendar_parent_class)->dispose (object);
}

static void
tandem_calendar_finalize (GObject *object)
{
  TandemCalendar *self = TANDEM_CALENDAR (object);

  g_hash_table_unref (self->by_day);
  g_hash_table_unref (self->sorted_days);
  g_hash_table_unref (self->warned);

  G_OBJECT_CLASS (tandem_calendar_parent_class)->finalize (object);
}

static void
tandem_calendar_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  TandemCalendar *self = TANDEM_CALENDAR (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      g_value_set_object (value, tandem_calendar_get_workspace (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_calendar_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  TandemCalendar *self = TANDEM_CALENDAR (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      tandem_calendar_set_workspace (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_calendar_class_init (TandemCalendarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tandem_calendar_dispose;
  object_class->finalize = tandem_calendar_finalize;
  object_class->get_property = tandem_calendar_get_property;
  object_class->set_property = tandem_calendar_set_property;
  widget_class->size_allocate = tandem_calendar_size_allocate;

  properties [PROP_WORKSPACE] =
    g_param_spec_object ("workspace", NULL, NULL, TANDEM_TYPE_WORKSPACE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/tandem-calendar.ui");
  gtk_widget_class_bind_template_child (widget_class, TandemCalendar, month_label);
  gtk_widget_class_bind_template_child (widget_class, TandemCalendar, summary_label);
  gtk_widget_class_bind_template_child (widget_class, TandemCalendar, weekday_grid);
  gtk_widget_class_bind_template_child (widget_class, TandemCalendar, month_grid);
  gtk_widget_class_bind_template_child (widget_class, TandemCalendar, agenda_view);
  gtk_widget_class_bind_template_child (widget_class, TandemCalendar, warnings_view);
  gtk_widget_class_bind_template_child (widget_class, TandemCalendar, warnings_heading);
  gtk_widget_class_bind_template_callback (widget_class, agenda_activate_cb);

  gtk_widget_class_install_action (widget_class, "calendar.previous-month", NULL, previous_month_action);
  gtk_widget_class_install_action (widget_class, "calendar.next-month", NULL, next_month_action);
  gtk_widget_class_install_action (widget_class, "calendar.today", NULL, today_action);
  gtk_widget_class_install_action (widget_class, "calendar.new-launch", NULL, new_launch_action);
  gtk_widget_class_install_action (widget_class, "calendar.export-ics", NULL, export_ics_action);
  gtk_widget_class_install_action (widget_class, "calendar.edit-tiers", NULL, edit_tiers_action);
  gtk_widget_class_install_action (widget_class, "calendar.move", "i", move_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "calendar.previous-month", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "calendar.next-month", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "calendar.move", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK, "calendar.move", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "calendar.move", "i", -7);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "calendar.move", "i", 7);
}

static void
tandem_calendar_init (TandemCalendar *self)
{
  static gsize css_loaded;
  GDate today;

  gtk_widget_init_template (GTK_WIDGET (self));

  if (g_once_init_enter (&css_loaded))
    {
      GtkCssProvider *provider = gtk_css_provider_new ();

      gtk_css_provider_load_from_resource (provider, RESOURCE_BASE "/tandem-calendar.css");
      gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                  GTK_STYLE_PROVIDER (provider),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
      g_once_init_leave (&css_loaded, 1);
    }

  self->by_day = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  self->sorted_days = g_hash_table_new (NULL, NULL);
  self->warned = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  g_date_clear (&self->today_override, 1);
  self->week_start = tandem_launch_ops_locale_week_start ();

  build_grid (self);
  build_lists (self);
  refresh_weekdays (self);

  tandem_launch_ops_today (NULL, &today);
  g_date_clear (&self->month, 1);
  g_date_set_dmy (&self->month, 1, g_date_get_month (&today), g_date_get_year (&today));
  tandem_calendar_refresh (self);
}

GtkWidget *
tandem_calendar_new (void)
{
  return g_object_new (TANDEM_TYPE_CALENDAR, NULL);
}

TandemWorkspace *
tandem_calendar_get_workspace (TandemCalendar *self)
{
  g_return_val_if_fail (TANDEM_IS_CALENDAR (self), NULL);

  return self->workspace;
}

void
tandem_calendar_set_workspace (TandemCalendar  *self,
                               TandemWorkspace *workspace)
{
  g_return_if_fail (TANDEM_IS_CALENDAR (self));
  g_return_if_fail (workspace == NULL || TANDEM_IS_WORKSPACE (workspace));

  if (self->workspace == workspace)
    return;
  close_tier_editor (self);
  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_data (self->workspace, self);
  g_set_object (&self->workspace, workspace);
  if (workspace != NULL)
    g_signal_connect_object (workspace, "changed", G_CALLBACK (workspace_changed_cb), self,
                             G_CONNECT_SWAPPED);
  gtk_filter_list_model_set_model (self->agenda_filter_model,
                                   workspace != NULL ? G_LIST_MODEL (tandem_workspace_get_launches (workspace)) : NULL);
  tandem_calendar_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_WORKSPACE]);
}

const char *
tandem_calendar_get_summary (TandemCalendar *self)
{
  g_return_val_if_fail (TANDEM_IS_CALENDAR (self), NULL);

  return gtk_label_get_label (self->summary_label);
}

void
tandem_calendar_set_summary (TandemCalendar *self,
                             const char     *summary)
{
  g_return_if_fail (TANDEM_IS_CALENDAR (self));

  gtk_label_set_label (self->summary_label, summary);
}

GtkWidget *
_tandem_calendar_get_grid (TandemCalendar *self)
{
  return GTK_WIDGET (self->month_grid);
}

GtkWidget *
_tandem_calendar_get_day_cell (TandemCalendar *self,
                               const GDate    *day)
{
  for (guint i = 0; i < N_CELLS; i++)
    if (self->cells[i].julian == g_date_get_julian (day))
      return self->cells[i].box;
  return NULL;
}

GtkWidget *
_tandem_calendar_find_chip (TandemCalendar *self,
                            TandemObject   *object)
{
  for (guint i = 0; i < N_CELLS; i++)
    for (guint k = 0; k < TANDEM_CALENDAR_MAX_CHIPS; k++)
      if (gtk_widget_get_visible (self->cells[i].chips[k]) &&
          _tandem_calendar_get_chip_object (self->cells[i].chips[k]) == object)
        return self->cells[i].chips[k];
  return NULL;
}

TandemObject *
_tandem_calendar_get_chip_object (GtkWidget *chip)
{
  return g_object_get_data (G_OBJECT (chip), "tandem-object");
}

GtkDropTarget *
_tandem_calendar_get_drop_target (TandemCalendar *self)
{
  return self->drop_target;
}

guint
_tandem_calendar_get_n_warnings (TandemCalendar *self)
{
  return self->n_warnings;
}
