/* tandem-card-editor.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-card-editor"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tandem-card-editor.h"
#include "tandem-launch-ops.h"
#include "tandem-notes-ops.h"

/* The side panel that edits every field of one card through the workspace.
 * Typing coalesces into one undo step per word: the first letter after a
 * space or punctuation starts a new step, and the rest of the word joins it.  While the editor writes a field it ignores the notify that comes
 * back; other changes (undo, a teammate's merge) refresh the widgets. */

struct _TandemCardEditor
{
  GtkWidget         parent_instance;

  AdwEntryRow      *title_row;
  AdwComboRow      *status_row;
  AdwComboRow      *pm_row;
  AdwComboRow      *pmm_row;
  AdwEntryRow      *target_row;
  AdwEntryRow      *tags_row;
  GtkTextView      *description_view;
  GtkTextView      *user_value_view;
  GtkTextView      *marketing_angle_view;
  GtkSpinButton    *reach_spin;
  GtkSpinButton    *impact_spin;
  GtkSpinButton    *confidence_spin;
  GtkSpinButton    *effort_spin;
  GtkLabel         *score_label;
  GtkLabel         *last_edit_label;
  GtkListBox       *metrics_list;
  GtkListBox       *evidence_list;
  AdwPreferencesGroup *evidence_group;

  TandemBoardModel *model;
  TandemObject     *card;
  GPtrArray        *people;     /* NULL (nobody), then people by name */
  guint             n_evidence;
  gboolean          updating;
};

G_DEFINE_FINAL_TYPE (TandemCardEditor, tandem_card_editor, GTK_TYPE_WIDGET)

static void
unref_nullable (gpointer object)
{
  if (object != NULL)
    g_object_unref (object);
}

static TandemWorkspace *
workspace_of (TandemCardEditor *self)
{
  return self->model != NULL ? tandem_board_model_get_workspace (self->model) : NULL;
}

static gboolean
is_boundary (gunichar c)
{
  return g_unichar_isspace (c) || g_unichar_ispunct (c);
}

static gunichar
last_char (const char *text)
{
  if (text == NULL || text[0] == '\0')
    return 0;
  return g_utf8_get_char (g_utf8_prev_char (text + strlen (text)));
}

/* Whether @text, typed over @old, begins a new word: then it starts a new
 * undo step, which the rest of the word joins. */
static gboolean
starts_word (const char *old,
             const char *text)
{
  gunichar before = last_char (old);
  gunichar now = last_char (text);

  return old != NULL && text != NULL && strlen (text) > strlen (old) &&
         before != 0 && is_boundary (before) && now != 0 && !is_boundary (now);
}

static gboolean
set_field_full (TandemCardEditor *self,
                TandemObject     *object,
                const char       *field,
                const GValue     *value,
                TandemEditFlags   flags,
                gboolean          new_step)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (self->updating || object == NULL)
    return FALSE;
  self->updating = TRUE;
  /* A coalescing edit inside a group of its own never joins the step
   * before, and the group of one that it leaves is that edit, still open to
   * the keystrokes that follow. */
  if (new_step)
    tandem_workspace_begin_group (workspace_of (self), NULL);
  ok = tandem_workspace_set_value_full (workspace_of (self), object, field, value, flags, &error);
  if (new_step)
    tandem_workspace_end_group (workspace_of (self));
  self->updating = FALSE;
  if (!ok)
    g_debug ("%s: %s", field, error->message);
  return ok;
}

static gboolean
set_field (TandemCardEditor *self,
           TandemObject     *object,
           const char       *field,
           const GValue     *value,
           TandemEditFlags   flags)
{
  return set_field_full (self, object, field, value, flags, FALSE);
}

static void
set_string (TandemCardEditor *self,
            TandemObject     *object,
            const char       *field,
            const char       *text,
            TandemEditFlags   flags)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, text != NULL && text[0] != '\0' ? text : NULL);
  set_field (self, object, field, &value, flags);
}

/* Typing into a text field: keystrokes coalesce into one undo step per word. */
static void
type_string (TandemCardEditor *self,
             TandemObject     *object,
             const char       *field,
             const char       *text)
{
  g_auto(GValue) value = G_VALUE_INIT;

  if (object == NULL)
    return;
  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, text != NULL && text[0] != '\0' ? text : NULL);
  set_field_full (self, object, field, &value, TANDEM_EDIT_COALESCE,
                  starts_word (tandem_object_get_string (object, field), text));
}

static void
set_editable_text (GtkEditable *editable,
                   const char  *text)
{
  if (g_strcmp0 (gtk_editable_get_text (editable), text != NULL ? text : "") != 0)
    gtk_editable_set_text (editable, text != NULL ? text : "");
}

static void
set_buffer_text (GtkTextView *view,
                 const char  *text)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start;
  GtkTextIter end;
  g_autofree char *current = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  current = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (g_strcmp0 (current, text != NULL ? text : "") != 0)
    gtk_text_buffer_set_text (buffer, text != NULL ? text : "", -1);
}

static char *
join_tags (const char * const *tags)
{
  return g_strjoinv (", ", (char **) tags);
}

static guint
person_index (TandemCardEditor *self,
              const char       *id)
{
  for (guint i = 1; self->people != NULL && i < self->people->len; i++)
    if (g_strcmp0 (tandem_object_get_id (g_ptr_array_index (self->people, i)), id) == 0)
      return i;
  return 0;
}

static void
update_score (TandemCardEditor *self)
{
  g_autofree char *score = g_strdup_printf ("%.0f", tandem_card_get_score (TANDEM_CARD (self->card)));

  gtk_label_set_label (self->score_label, score);
}

static void
update_last_edit (TandemCardEditor *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *text = tandem_describe_last_edit (workspace_of (self), self->card, now);

  gtk_label_set_label (self->last_edit_label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->last_edit_label), text != NULL);
}

static void
refresh (TandemCardEditor *self)
{
  g_autofree char *tags = NULL;

  if (self->card == NULL || self->updating)
    return;

  self->updating = TRUE;
  set_editable_text (GTK_EDITABLE (self->title_row), tandem_object_get_string (self->card, "title"));
  adw_combo_row_set_selected (self->status_row, tandem_object_get_int (self->card, "status"));
  adw_combo_row_set_selected (self->pm_row, person_index (self, tandem_object_get_string (self->card, "pm")));
  adw_combo_row_set_selected (self->pmm_row, person_index (self, tandem_object_get_string (self->card, "pmm")));
  set_editable_text (GTK_EDITABLE (self->target_row), tandem_object_get_string (self->card, "target"));
  gtk_widget_remove_css_class (GTK_WIDGET (self->target_row), "error");
  tags = join_tags (tandem_object_get_list (self->card, "tags"));
  {
    /* Only rewrite the tags text when it means other tags, so that typing
     * "a, " is not turned into "a" under the cursor. */
    g_auto(GStrv) shown = g_strsplit (gtk_editable_get_text (GTK_EDITABLE (self->tags_row)), ",", -1);
    g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
    g_auto(GStrv) normal = NULL;
    g_autofree char *normal_text = NULL;

    for (guint i = 0; shown[i] != NULL; i++)
      if (g_strstrip (shown[i])[0] != '\0')
        g_strv_builder_add (builder, shown[i]);
    normal = g_strv_builder_end (builder);
    normal_text = g_strjoinv (", ", normal);
    if (g_strcmp0 (normal_text, tags) != 0)
      set_editable_text (GTK_EDITABLE (self->tags_row), tags);
  }
  set_buffer_text (self->description_view, tandem_object_get_string (self->card, "description"));
  set_buffer_text (self->user_value_view, tandem_object_get_string (self->card, "user-value"));
  set_buffer_text (self->marketing_angle_view, tandem_object_get_string (self->card, "marketing-angle"));
  gtk_spin_button_set_value (self->reach_spin, tandem_object_get_int (self->card, "reach"));
  gtk_spin_button_set_value (self->impact_spin, tandem_object_get_double (self->card, "impact"));
  gtk_spin_button_set_value (self->confidence_spin, tandem_object_get_int (self->card, "confidence"));
  gtk_spin_button_set_value (self->effort_spin, tandem_object_get_double (self->card, "effort"));
  update_score (self);
  update_last_edit (self);
  self->updating = FALSE;
}

static void
title_changed_cb (TandemCardEditor *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->title_row));

  /* A card needs a title: an emptied entry waits for one. */
  if (text[0] == '\0')
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->title_row), "error");
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (self->title_row), "error");
  type_string (self, self->card, "title", text);
}

static void
target_changed_cb (TandemCardEditor *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->target_row));

  if (self->updating)
    return;
  if (text[0] != '\0' && !tandem_target_is_valid (text))
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->target_row), "error");
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (self->target_row), "error");
  set_string (self, self->card, "target", text, TANDEM_EDIT_COALESCE);
}

static void
tags_changed_cb (TandemCardEditor *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->tags_row));
  g_auto(GStrv) parts = g_strsplit (text, ",", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) tags = NULL;
  g_auto(GValue) value = G_VALUE_INIT;

  if (self->updating)
    return;
  for (guint i = 0; parts[i] != NULL; i++)
    if (g_strstrip (parts[i])[0] != '\0')
      g_strv_builder_add (builder, parts[i]);
  tags = g_strv_builder_end (builder);
  g_value_init (&value, G_TYPE_STRV);
  g_value_set_boxed (&value, tags[0] != NULL ? tags : NULL);
  set_field (self, self->card, "tags", &value, TANDEM_EDIT_COALESCE);
}

static void
text_changed_cb (GtkTextBuffer    *buffer,
                 TandemCardEditor *self)
{
  const char *field = g_object_get_data (G_OBJECT (buffer), "field");
  GtkTextIter start;
  GtkTextIter end;
  g_autofree char *text = NULL;

  if (self->updating)
    return;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  type_string (self, self->card, field, text);
}

static void
status_changed_cb (TandemCardEditor *self)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, TANDEM_TYPE_CARD_STATUS);
  g_value_set_enum (&value, adw_combo_row_get_selected (self->status_row));
  set_field (self, self->card, "status", &value, TANDEM_EDIT_NONE);
}

static void
owner_changed_cb (AdwComboRow      *row,
                  GParamSpec       *pspec,
                  TandemCardEditor *self)
{
  guint selected = adw_combo_row_get_selected (row);
  TandemObject *person = NULL;

  if (self->people != NULL && selected < self->people->len)
    person = g_ptr_array_index (self->people, selected);
  set_string (self, self->card, row == self->pm_row ? "pm" : "pmm",
              person != NULL ? tandem_object_get_id (person) : NULL, TANDEM_EDIT_NONE);
}

static void
spin_changed_cb (GtkSpinButton    *spin,
                 TandemCardEditor *self)
{
  const char *field = g_object_get_data (G_OBJECT (spin), "field");
  g_auto(GValue) value = G_VALUE_INIT;

  if (spin == self->reach_spin || spin == self->confidence_spin)
    {
      g_value_init (&value, G_TYPE_INT);
      g_value_set_int (&value, gtk_spin_button_get_value_as_int (spin));
    }
  else
    {
      g_value_init (&value, G_TYPE_DOUBLE);
      g_value_set_double (&value, gtk_spin_button_get_value (spin));
    }
  set_field (self, self->card, field, &value, TANDEM_EDIT_NONE);
  update_score (self);
}

/* Metrics */

static void
metric_title_changed_cb (GtkEditable      *editable,
                         TandemCardEditor *self)
{
  TandemObject *metric = g_object_get_data (G_OBJECT (editable), "metric");
  const char *text = gtk_editable_get_text (editable);

  if (text[0] != '\0')
    type_string (self, metric, "title", text);
}

static void
metric_target_changed_cb (GtkEditable      *editable,
                          TandemCardEditor *self)
{
  TandemObject *metric = g_object_get_data (G_OBJECT (editable), "metric");
  const char *text = gtk_editable_get_text (editable);

  type_string (self, metric, "target", text);
}

static void
metric_horizon_changed_cb (GtkDropDown      *dropdown,
                           GParamSpec       *pspec,
                           TandemCardEditor *self)
{
  TandemObject *metric = g_object_get_data (G_OBJECT (dropdown), "metric");
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, TANDEM_TYPE_HORIZON);
  g_value_set_enum (&value, gtk_drop_down_get_selected (dropdown));
  set_field (self, metric, "horizon", &value, TANDEM_EDIT_NONE);
}

static void
metric_remove_cb (GtkButton        *button,
                  TandemCardEditor *self)
{
  TandemObject *metric = g_object_get_data (G_OBJECT (button), "metric");

  tandem_workspace_remove (workspace_of (self), metric, NULL);
}

typedef struct
{
  TandemCardEditor *self;
  TandemObject     *metric;
  GtkWidget        *title;
  GtkWidget        *target;
  GtkWidget        *horizon;
} MetricRow;

static void
metric_notify_cb (TandemObject *metric,
                  GParamSpec   *pspec,
                  MetricRow    *row)
{
  if (row->self->updating)
    return;
  row->self->updating = TRUE;
  set_editable_text (GTK_EDITABLE (row->title), tandem_object_get_string (metric, "title"));
  set_editable_text (GTK_EDITABLE (row->target), tandem_object_get_string (metric, "target"));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (row->horizon), tandem_object_get_int (metric, "horizon"));
  row->self->updating = FALSE;
}

static void
metric_row_destroy_cb (GtkWidget *box,
                       MetricRow *row)
{
  g_signal_handlers_disconnect_by_data (row->metric, row);
  g_object_unref (row->metric);
  g_free (row);
}

static GtkWidget *
create_metric_row (gpointer item,
                   gpointer user_data)
{
  TandemCardEditor *self = user_data;
  TandemObject *metric = item;
  const char *horizons[] = { N_("30 days"), N_("60 days"), N_("90 days"), NULL };
  g_autoptr(GtkStringList) horizon_list = gtk_string_list_new (NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *inner = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  MetricRow *row = g_new0 (MetricRow, 1);
  g_autofree char *remove_label = NULL;

  for (guint i = 0; horizons[i] != NULL; i++)
    gtk_string_list_append (horizon_list, _(horizons[i]));

  row->self = self;
  row->title = gtk_entry_new ();
  row->target = gtk_entry_new ();
  row->horizon = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&horizon_list)), NULL);
  gtk_entry_set_placeholder_text (GTK_ENTRY (row->title), _("What is measured"));
  gtk_entry_set_placeholder_text (GTK_ENTRY (row->target), _("Target"));
  gtk_editable_set_width_chars (GTK_EDITABLE (row->target), 8);
  gtk_widget_set_hexpand (row->target, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->title), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Metric"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->target), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Metric target"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->horizon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Horizon"), -1);
  /* Translators: the accessible name of the button removing a success metric. */
  remove_label = g_strdup_printf (_("Remove Metric “%s”"), tandem_object_get_string (metric, "title"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  remove_label, -1);
  gtk_widget_set_tooltip_text (remove, _("Remove Metric"));
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);

  g_object_set_data (G_OBJECT (row->title), "metric", metric);
  g_object_set_data (G_OBJECT (row->target), "metric", metric);
  g_object_set_data (G_OBJECT (row->horizon), "metric", metric);
  g_object_set_data (G_OBJECT (remove), "metric", metric);

  gtk_box_append (GTK_BOX (line), row->target);
  gtk_box_append (GTK_BOX (line), row->horizon);
  gtk_box_append (GTK_BOX (inner), row->title);
  gtk_box_append (GTK_BOX (inner), line);
  gtk_widget_set_hexpand (inner, TRUE);
  gtk_box_append (GTK_BOX (box), inner);
  gtk_box_append (GTK_BOX (box), remove);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);

  metric_notify_cb (metric, NULL, row);
  g_signal_connect (row->title, "changed", G_CALLBACK (metric_title_changed_cb), self);
  g_signal_connect (row->target, "changed", G_CALLBACK (metric_target_changed_cb), self);
  g_signal_connect (row->horizon, "notify::selected", G_CALLBACK (metric_horizon_changed_cb), self);
  g_signal_connect (remove, "clicked", G_CALLBACK (metric_remove_cb), self);
  row->metric = g_object_ref (metric);
  g_signal_connect (metric, "notify", G_CALLBACK (metric_notify_cb), row);
  g_signal_connect (box, "destroy", G_CALLBACK (metric_row_destroy_cb), row);
  return box;
}

static void
add_metric_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  TandemCardEditor *self = TANDEM_CARD_EDITOR (widget);

  if (self->card != NULL)
    tandem_workspace_create (workspace_of (self), TANDEM_TYPE_METRIC, self->card,
                             "title", _("New metric"), "horizon", TANDEM_HORIZON_90_DAYS, NULL);
}

/* Creates a launch for the card and shows it on the calendar. */
static void
plan_launch_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  TandemCardEditor *self = TANDEM_CARD_EDITOR (widget);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  TandemLaunch *launch;
  GDate today;

  if (self->card == NULL)
    return;
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  launch = tandem_launch_ops_plan_from_card (workspace_of (self), TANDEM_CARD (self->card), &today);
  if (launch != NULL)
    gtk_widget_activate_action (widget, "win.show-launch", "s",
                                tandem_object_get_id (TANDEM_OBJECT (launch)));
}

/* Evidence */

static void
copy_quote_cb (GtkButton        *button,
               TandemCardEditor *self)
{
  TandemObject *highlight = g_object_get_data (G_OBJECT (button), "highlight");
  const char *angle = tandem_object_get_string (self->card, "marketing-angle");
  const char *quote = tandem_object_get_string (highlight, "quote");
  g_autofree char *text = NULL;

  /* The customer's own words, quoted, after what the angle already says. */
  text = angle != NULL && angle[0] != '\0' ? g_strdup_printf ("%s\n“%s”", angle, quote)
                                           : g_strdup_printf ("“%s”", quote);
  tandem_workspace_set (workspace_of (self), self->card, "marketing-angle", text, NULL);
}

static void
open_interview_cb (GtkButton        *button,
                   TandemCardEditor *self)
{
  TandemObject *highlight = g_object_get_data (G_OBJECT (button), "highlight");
  TandemObject *interview = tandem_object_get_parent (highlight);

  if (interview != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-interview", "s",
                                tandem_object_get_id (interview));
}

static GtkWidget *
evidence_button (TandemCardEditor *self,
                 TandemObject     *highlight,
                 const char       *icon_name,
                 const char       *label,
                 GCallback         callback)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data_full (G_OBJECT (button), "highlight", g_object_ref (highlight), g_object_unref);
  g_signal_connect (button, "clicked", callback, self);
  return button;
}

static void
update_evidence (TandemCardEditor *self)
{
  g_autoptr(GPtrArray) highlights = NULL;
  g_autofree char *title = NULL;
  GtkWidget *child;
  guint n_interviews = 0, weight = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->evidence_list))) != NULL)
    gtk_list_box_remove (self->evidence_list, child);
  self->n_evidence = 0;
  if (self->card == NULL)
    return;

  highlights = tandem_notes_ops_list_evidence (workspace_of (self), tandem_object_get_id (self->card));
  tandem_notes_ops_get_evidence (workspace_of (self), tandem_object_get_id (self->card),
                                 &n_interviews, &weight);
  /* Translators: "Evidence: 3 interviews, weight 7". */
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Evidence: %u interview, weight %u",
                                        "Evidence: %u interviews, weight %u", n_interviews),
                           n_interviews, weight);
  adw_preferences_group_set_title (self->evidence_group, title);

  for (guint i = 0; i < highlights->len; i++)
    {
      TandemObject *highlight = g_ptr_array_index (highlights, i);
      TandemObject *interview = tandem_object_get_parent (highlight);
      const char *company = tandem_object_get_string (interview, "company");
      g_autofree char *who = NULL;
      g_autofree char *quote = NULL;
      GtkWidget *row;

      who = company != NULL
              ? g_strdup_printf ("%s, %s", tandem_object_get_string (interview, "customer"), company)
              : g_strdup (tandem_object_get_string (interview, "customer"));
      quote = g_markup_escape_text (tandem_object_get_string (highlight, "quote"), -1);
      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), quote);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), who);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 4);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 evidence_button (self, highlight, "edit-paste-symbolic",
                                                  _("Copy to Marketing Angle"),
                                                  G_CALLBACK (copy_quote_cb)));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 evidence_button (self, highlight, "go-next-symbolic",
                                                  _("Open Interview"),
                                                  G_CALLBACK (open_interview_cb)));
      gtk_list_box_append (self->evidence_list, row);
      self->n_evidence++;
    }
  if (self->n_evidence == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No interview highlights yet"));
      gtk_widget_add_css_class (row, "dim-label");
      gtk_list_box_append (self->evidence_list, row);
    }
}

static void
evidence_changed_cb (TandemCardEditor *self,
                     TandemObject     *card)
{
  if (card == self->card)
    update_evidence (self);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_utf8_collate (tandem_object_get_string (*(TandemObject **) a, "name"),
                         tandem_object_get_string (*(TandemObject **) b, "name"));
}

static GPtrArray *
list_people (TandemCollection *collection)
{
  GListModel *model = G_LIST_MODEL (collection);
  GPtrArray *out = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (out, g_list_model_get_item (model, i));
  g_ptr_array_sort (out, compare_names);
  return out;
}

static void
update_people (TandemCardEditor *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GPtrArray *people;

  g_clear_pointer (&self->people, g_ptr_array_unref);
  if (workspace_of (self) == NULL)
    return;
  people = list_people (tandem_workspace_get_people (workspace_of (self)));
  self->people = g_ptr_array_new_with_free_func (unref_nullable);
  g_ptr_array_add (self->people, NULL);
  gtk_string_list_append (names, _("Nobody"));
  for (guint i = 0; i < people->len; i++)
    {
      TandemObject *person = g_ptr_array_index (people, i);

      g_ptr_array_add (self->people, g_object_ref (person));
      gtk_string_list_append (names, tandem_object_get_string (person, "name"));
    }
  g_ptr_array_unref (people);
  self->updating = TRUE;
  adw_combo_row_set_model (self->pm_row, G_LIST_MODEL (names));
  adw_combo_row_set_model (self->pmm_row, G_LIST_MODEL (names));
  self->updating = FALSE;
}

static void
clear_people (TandemCardEditor *self)
{
  g_clear_pointer (&self->people, g_ptr_array_unref);
}

static void
disconnect (TandemCardEditor *self)
{
  if (self->card != NULL)
    g_signal_handlers_disconnect_by_data (self->card, self);
  if (self->model != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->model, self);
      g_signal_handlers_disconnect_by_data (tandem_workspace_get_people (workspace_of (self)), self);
    }
  gtk_list_box_bind_model (self->metrics_list, NULL, NULL, NULL, NULL);
  g_clear_object (&self->card);
  g_clear_object (&self->model);
  clear_people (self);
}

static void
tandem_card_editor_dispose (GObject *object)
{
  TandemCardEditor *self = TANDEM_CARD_EDITOR (object);
  GtkWidget *child;

  disconnect (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), TANDEM_TYPE_CARD_EDITOR);
  /* Children of the template without an id are ours to unparent too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (tandem_card_editor_parent_class)->dispose (object);
}

static void
tandem_card_editor_class_init (TandemCardEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tandem_card_editor_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/tandem-card-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, TandemCardEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, TandemCardEditor, status_row);
  gtk_widget_class_bind_template_child (widget_class, TandemCardEditor, pm_row);
  gtk_widget_class_bind_template_child (widget_class, TandemCardEditor, pmm_row);
  gtk_widget_class_bind_template_child (widget_class, TandemCardEditor, target_row);
  gtk_widget_class_bind_template_child (widget_class, TandemCardEditor, tags_row);
  gtk_widget_class_bind_template_child (widget_class, TandemCardEditor, description_view);
  gtk_widget_class_bind_template_child (widget_class, TandemCardEditor, user_value_view);
  gtk_widget_class_bind_template_child (widget_class, TandemCardEditor, marketing_angle_view);
  gtk_widget_class_bind_template_child (widget_class, TandemCardEditor, reach_spin);
  gtk_widget_class_bind_template_child (widget_class, TandemCardEditor, impact_spin);
  gtk_widget_class_bind_template_child (widget_class, TandemCardEditor, confidence_spin);
  gtk_widget_class_bind_template_child (widget_class, TandemCardEditor, effort_spin);
  gtk_widget_class_bind_template_child (widget_class, TandemCardEditor, score_label);
  gtk_widget_class_bind_template_child (widget_class, TandemCardEditor, metrics_list);
  gtk_widget_class_bind_template_child (widget_class, TandemCardEditor, evidence_list);
  gtk_widget_class_bind_template_child (widget_class, TandemCardEditor, evidence_group);
  gtk_widget_class_bind_template_child (widget_class, TandemCardEditor, last_edit_label);

  gtk_widget_class_install_action (widget_class, "editor.add-metric", NULL, add_metric_action);
  gtk_widget_class_install_action (widget_class, "editor.plan-launch", NULL, plan_launch_action);
}

static void
tandem_card_editor_init (TandemCardEditor *self)
{
  struct { GtkTextView *view; const char *field; } texts[] = {
    { self->description_view, "description" },
    { self->user_value_view, "user-value" },
    { self->marketing_angle_view, "marketing-angle" },
  };

  gtk_widget_init_template (GTK_WIDGET (self));

  texts[0].view = self->description_view;
  texts[1].view = self->user_value_view;
  texts[2].view = self->marketing_angle_view;
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (texts[i].view);

      g_object_set_data (G_OBJECT (buffer), "field", (gpointer) texts[i].field);
      g_signal_connect (buffer, "changed", G_CALLBACK (text_changed_cb), self);
    }
  g_object_set_data (G_OBJECT (self->reach_spin), "field", (gpointer) "reach");
  g_object_set_data (G_OBJECT (self->impact_spin), "field", (gpointer) "impact");
  g_object_set_data (G_OBJECT (self->confidence_spin), "field", (gpointer) "confidence");
  g_object_set_data (G_OBJECT (self->effort_spin), "field", (gpointer) "effort");
  g_signal_connect (self->reach_spin, "value-changed", G_CALLBACK (spin_changed_cb), self);
  g_signal_connect (self->impact_spin, "value-changed", G_CALLBACK (spin_changed_cb), self);
  g_signal_connect (self->confidence_spin, "value-changed", G_CALLBACK (spin_changed_cb), self);
  g_signal_connect (self->effort_spin, "value-changed", G_CALLBACK (spin_changed_cb), self);
  g_signal_connect_swapped (self->title_row, "changed", G_CALLBACK (title_changed_cb), self);
  g_signal_connect_swapped (self->target_row, "changed", G_CALLBACK (target_changed_cb), self);
  g_signal_connect_swapped (self->tags_row, "changed", G_CALLBACK (tags_changed_cb), self);
  g_signal_connect_swapped (self->status_row, "notify::selected", G_CALLBACK (status_changed_cb), self);
  g_signal_connect (self->pm_row, "notify::selected", G_CALLBACK (owner_changed_cb), self);
  g_signal_connect (self->pmm_row, "notify::selected", G_CALLBACK (owner_changed_cb), self);
}

/**
 * tandem_card_editor_get_card:
 *
 * Returns: (transfer none) (nullable): the card being edited.
 */
TandemObject *
tandem_card_editor_get_card (TandemCardEditor *self)
{
  g_return_val_if_fail (TANDEM_IS_CARD_EDITOR (self), NULL);

  return self->card;
}

/**
 * tandem_card_editor_set_card:
 * @model: (nullable): the board model, for the workspace and evidence counts
 * @card: (nullable): the card to edit
 */
void
tandem_card_editor_set_card (TandemCardEditor *self,
                             TandemBoardModel *model,
                             TandemObject     *card)
{
  g_autofree char *label = NULL;

  g_return_if_fail (TANDEM_IS_CARD_EDITOR (self));
  g_return_if_fail (model == NULL || TANDEM_IS_BOARD_MODEL (model));
  g_return_if_fail (card == NULL || TANDEM_IS_CARD (card));

  if (self->card == card && self->model == model)
    return;

  disconnect (self);
  if (card == NULL || model == NULL)
    {
      update_evidence (self);
      return;
    }

  self->model = g_object_ref (model);
  self->card = g_object_ref (card);
  update_people (self);
  g_signal_connect_object (card, "notify", G_CALLBACK (refresh), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (model, "evidence-changed", G_CALLBACK (evidence_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (tandem_workspace_get_people (workspace_of (self)), "items-changed",
                           G_CALLBACK (update_people), self, G_CONNECT_SWAPPED);
  gtk_list_box_bind_model (self->metrics_list, G_LIST_MODEL (tandem_object_get_children (card)),
                           create_metric_row, self, NULL);
  refresh (self);
  update_evidence (self);

  /* Translators: the accessible name of the card editor; %s is the card title. */
  label = g_strdup_printf (_("Edit “%s”"), tandem_object_get_string (card, "title"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

GtkEditable *
_tandem_card_editor_get_editable (TandemCardEditor *self,
                                  const char       *field)
{
  if (g_str_equal (field, "title"))
    return GTK_EDITABLE (self->title_row);
  if (g_str_equal (field, "target"))
    return GTK_EDITABLE (self->target_row);
  if (g_str_equal (field, "tags"))
    return GTK_EDITABLE (self->tags_row);
  g_return_val_if_reached (NULL);
}

GtkTextBuffer *
_tandem_card_editor_get_buffer (TandemCardEditor *self,
                                const char       *field)
{
  if (g_str_equal (field, "description"))
    return gtk_text_view_get_buffer (self->description_view);
  if (g_str_equal (field, "user-value"))
    return gtk_text_view_get_buffer (self->user_value_view);
  if (g_str_equal (field, "marketing-angle"))
    return gtk_text_view_get_buffer (self->marketing_angle_view);
  g_return_val_if_reached (NULL);
}

const char *
_tandem_card_editor_get_last_edit_text (TandemCardEditor *self)
{
  return gtk_label_get_label (self->last_edit_label);
}

const char *
_tandem_card_editor_get_score_text (TandemCardEditor *self)
{
  return gtk_label_get_label (self->score_label);
}

guint
_tandem_card_editor_get_n_evidence (TandemCardEditor *self)
{
  return self->n_evidence;
}
