/* tandem-card-widget.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-card-widget"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tandem-card-widget.h"
#include "tandem-notes-ops.h"
#include "tandem-snapshots.h"

/* One card on the board: title, status, target, evidence count, RICE score,
 * owners and tags.  The board's list views recycle these: bind() points one
 * at another card, and it follows that card's notify signals until unbind(). */

struct _TandemCardWidget
{
  GtkWidget         parent_instance;

  GtkLabel         *title_label;
  GtkLabel         *status_label;
  GtkLabel         *target_label;
  GtkWidget        *evidence_box;
  GtkLabel         *evidence_label;
  GtkLabel         *score_label;
  GtkLabel         *owners_label;
  GtkLabel         *tags_label;

  TandemBoardModel *model;
  TandemObject     *card;
  char             *status_class;

  /* What a comparison says about the card; see tandem_card_widget_set_change(). */
  GtkLabel         *change_label;
  char             *change_text;
  const char       *change_kind;
};

G_DEFINE_FINAL_TYPE (TandemCardWidget, tandem_card_widget, GTK_TYPE_WIDGET)

static const char *
person_name (TandemWorkspace *workspace,
             const char      *id)
{
  TandemObject *person = tandem_workspace_lookup (workspace, id);

  return person != NULL ? tandem_object_get_string (person, "name") : NULL;
}

void
tandem_card_widget_update (TandemCardWidget *self)
{
  TandemWorkspace *workspace;
  const char * const *tags;
  const char *title;
  const char *target;
  const char *pm;
  const char *pmm;
  g_autofree char *status_class = NULL;
  g_autofree char *score = NULL;
  g_autofree char *evidence = NULL;
  g_autofree char *owners = NULL;
  g_autofree char *tag_text = NULL;
  g_autofree char *description = NULL;
  guint n_evidence;
  int status;

  g_return_if_fail (TANDEM_IS_CARD_WIDGET (self));

  if (self->card == NULL)
    return;

  workspace = tandem_board_model_get_workspace (self->model);
  title = tandem_object_get_string (self->card, "title");
  gtk_label_set_label (self->title_label, title);

  status = tandem_object_get_int (self->card, "status");
  gtk_label_set_label (self->status_label, tandem_card_status_to_label (status));
  {
    g_autoptr(GEnumClass) enum_class = g_type_class_ref (TANDEM_TYPE_CARD_STATUS);
    GEnumValue *value = g_enum_get_value (enum_class, status);

    status_class = g_strconcat ("status-", value != NULL ? value->value_nick : "idea", NULL);
  }
  if (g_strcmp0 (status_class, self->status_class) != 0)
    {
      if (self->status_class != NULL)
        gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), self->status_class);
      gtk_widget_add_css_class (GTK_WIDGET (self->status_label), status_class);
      g_free (self->status_class);
      self->status_class = g_steal_pointer (&status_class);
    }

  target = tandem_object_get_string (self->card, "target");
  gtk_label_set_label (self->target_label, target != NULL ? target : "");
  gtk_widget_set_visible (GTK_WIDGET (self->target_label), target != NULL);

  score = g_strdup_printf ("%.0f", tandem_card_get_score (TANDEM_CARD (self->card)));
  gtk_label_set_label (self->score_label, score);

  n_evidence = tandem_board_model_get_evidence_count (self->model, self->card);
  evidence = g_strdup_printf ("%u", n_evidence);
  gtk_label_set_label (self->evidence_label, evidence);

  pm = person_name (workspace, tandem_object_get_string (self->card, "pm"));
  pmm = person_name (workspace, tandem_object_get_string (self->card, "pmm"));
  /* Translators: the owners of a card: "PM name · PMM name"; "—" for nobody. */
  owners = g_strdup_printf (_("PM %s · PMM %s"), pm != NULL ? pm : "—", pmm != NULL ? pmm : "—");
  gtk_label_set_label (self->owners_label, owners);

  tags = tandem_object_get_list (self->card, "tags");
  if (tags[0] != NULL)
    {
      g_autoptr(GString) text = g_string_new (NULL);

      for (guint i = 0; tags[i] != NULL; i++)
        g_string_append_printf (text, "%s#%s", i > 0 ? "  " : "", tags[i]);
      tag_text = g_string_free (g_steal_pointer (&text), FALSE);
    }
  gtk_label_set_label (self->tags_label, tag_text != NULL ? tag_text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->tags_label), tag_text != NULL);

  /* Translators: what a screen reader says about a card after its title. */
  description = g_strdup_printf (_("%s, score %s, %s, %u highlights"),
                                 tandem_card_status_to_label (status), score, owners, n_evidence);
  if (self->change_text != NULL)
    {
      char *marked = g_strdup_printf ("%s. %s", self->change_text, description);

      g_free (description);
      description = marked;
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

/* Moves change the rank, column, lane and stamps, none of which a card
 * shows: skipping them keeps a drop from rebuilding the card's labels. */
static void
card_notify_cb (TandemCardWidget *self,
                GParamSpec       *pspec)
{
  static const char * const hidden[] = {
    "rank", "column", "lane", "modified", "modified-by", "created", "created-by", "id", NULL
  };

  if (!g_strv_contains (hidden, pspec->name))
    tandem_card_widget_update (self);
}

static void
tandem_card_widget_dispose (GObject *object)
{
  TandemCardWidget *self = TANDEM_CARD_WIDGET (object);
  GtkWidget *child;

  tandem_card_widget_unbind (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), TANDEM_TYPE_CARD_WIDGET);
  /* Children of the template without an id are ours to unparent too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (tandem_card_widget_parent_class)->dispose (object);
}

static void
tandem_card_widget_finalize (GObject *object)
{
  TandemCardWidget *self = TANDEM_CARD_WIDGET (object);

  g_free (self->status_class);
  g_free (self->change_text);

  G_OBJECT_CLASS (tandem_card_widget_parent_class)->finalize (object);
}

/* Under the cairo renderer a frame repaints only what its render nodes
 * changed, worked out by GSK's node diff.  When cards shift in a cell (a
 * drop), each row's old and new card differ in every label, and each label
 * adds a rectangle of its own; past 30 rectangles GSK gives up and repaints
 * the whole container — in GTK 4.8 the whole board in view.  So the card's
 * nodes begin with an empty cairo node over its row: two such nodes always
 * differ, so a changed card adds its row as one rectangle and its labels'
 * rectangles fall inside it, and rows next to each other merge.  An unchanged
 * card keeps its nodes and adds nothing.  The node draws nothing (it has no
 * surface); the GL renderers would upload it as an empty texture, and redraw
 * differently anyway, so it is left out for them. */
static void
tandem_card_widget_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  GtkNative *native = gtk_widget_get_native (widget);
  GtkWidget *parent = gtk_widget_get_parent (widget);
  graphene_rect_t row;

  if (native != NULL && GSK_IS_CAIRO_RENDERER (gtk_native_get_renderer (native)))
    {
      GskRenderNode *mark;

      if (parent == NULL || !gtk_widget_compute_bounds (parent, widget, &row))
        graphene_rect_init (&row, 0, 0, gtk_widget_get_width (widget), gtk_widget_get_height (widget));
      mark = gsk_cairo_node_new (&row);
      gtk_snapshot_append_node (snapshot, mark);
      gsk_render_node_unref (mark);
    }
  GTK_WIDGET_CLASS (tandem_card_widget_parent_class)->snapshot (widget, snapshot);
}

static void
tandem_card_widget_class_init (TandemCardWidgetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tandem_card_widget_dispose;
  object_class->finalize = tandem_card_widget_finalize;
  widget_class->snapshot = tandem_card_widget_snapshot;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/tandem-card-widget.ui");
  gtk_widget_class_bind_template_child (widget_class, TandemCardWidget, title_label);
  gtk_widget_class_bind_template_child (widget_class, TandemCardWidget, status_label);
  gtk_widget_class_bind_template_child (widget_class, TandemCardWidget, target_label);
  gtk_widget_class_bind_template_child (widget_class, TandemCardWidget, evidence_box);
  gtk_widget_class_bind_template_child (widget_class, TandemCardWidget, evidence_label);
  gtk_widget_class_bind_template_child (widget_class, TandemCardWidget, score_label);
  gtk_widget_class_bind_template_child (widget_class, TandemCardWidget, owners_label);
  gtk_widget_class_bind_template_child (widget_class, TandemCardWidget, tags_label);
  gtk_widget_class_set_css_name (widget_class, "boardcard");
}

/* Worked out when asked: it reads every interview, too much for each bind. */
static gboolean
evidence_query_tooltip_cb (GtkWidget        *box,
                           int               x,
                           int               y,
                           gboolean          keyboard,
                           GtkTooltip       *tooltip,
                           TandemCardWidget *self)
{
  guint n_highlights, n_interviews = 0, weight = 0;
  g_autofree char *text = NULL;

  if (self->card == NULL || self->model == NULL)
    return FALSE;
  n_highlights = tandem_board_model_get_evidence_count (self->model, self->card);
  tandem_notes_ops_get_evidence (tandem_board_model_get_workspace (self->model),
                                 tandem_object_get_id (self->card), &n_interviews, &weight);
  /* Translators: "5 highlights from 3 interviews, weight 7". */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u highlight, from interviews: %u, weight %u",
                                       "%u highlights, from interviews: %u, weight %u", n_highlights),
                          n_highlights, n_interviews, weight);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
tandem_card_widget_init (TandemCardWidget *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_has_tooltip (self->evidence_box, TRUE);
  g_signal_connect (self->evidence_box, "query-tooltip", G_CALLBACK (evidence_query_tooltip_cb), self);
}

GtkWidget *
tandem_card_widget_new (void)
{
  return g_object_new (TANDEM_TYPE_CARD_WIDGET, NULL);
}

/**
 * tandem_card_widget_get_card:
 *
 * Returns: (transfer none) (nullable): the card shown.
 */
TandemObject *
tandem_card_widget_get_card (TandemCardWidget *self)
{
  g_return_val_if_fail (TANDEM_IS_CARD_WIDGET (self), NULL);

  return self->card;
}

void
tandem_card_widget_bind (TandemCardWidget *self,
                         TandemBoardModel *model,
                         TandemObject     *card)
{
  g_return_if_fail (TANDEM_IS_CARD_WIDGET (self));
  g_return_if_fail (TANDEM_IS_BOARD_MODEL (model));
  g_return_if_fail (TANDEM_IS_CARD (card));

  /* Already showing it, and following its changes since. */
  if (self->card == card && self->model == model)
    return;

  tandem_card_widget_unbind (self);
  self->model = g_object_ref (model);
  self->card = g_object_ref (card);
  g_signal_connect_object (card, "notify", G_CALLBACK (card_notify_cb), self, G_CONNECT_SWAPPED);
  tandem_card_widget_update (self);
}

void
tandem_card_widget_unbind (TandemCardWidget *self)
{
  g_return_if_fail (TANDEM_IS_CARD_WIDGET (self));

  if (self->card != NULL)
    g_signal_handlers_disconnect_by_data (self->card, self);
  g_clear_object (&self->card);
  g_clear_object (&self->model);
  gtk_widget_remove_css_class (GTK_WIDGET (self), "selected");
  gtk_widget_remove_css_class (GTK_WIDGET (self), "drag-source");
}

void
tandem_card_widget_set_selected (TandemCardWidget *self,
                                 gboolean          selected)
{
  g_return_if_fail (TANDEM_IS_CARD_WIDGET (self));

  if (selected)
    gtk_widget_add_css_class (GTK_WIDGET (self), "selected");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "selected");
  gtk_accessible_update_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_SELECTED, selected, -1);
}

/**
 * tandem_card_widget_get_evidence_text:
 *
 * Returns: the evidence count as shown, for tests.
 */
const char *
tandem_card_widget_get_evidence_text (TandemCardWidget *self)
{
  g_return_val_if_fail (TANDEM_IS_CARD_WIDGET (self), NULL);

  return gtk_label_get_label (self->evidence_label);
}

/**
 * tandem_card_widget_set_change:
 * @change: (nullable): what a comparison found about the card shown, or
 *   %NULL for nothing
 *
 * Marks the card: a style class per kind of change ("change-added",
 * "change-removed"…), a badge that says what changed, and the same words at
 * the start of its accessible description.
 */
void
tandem_card_widget_set_change (TandemCardWidget   *self,
                               const TandemChange *change)
{
  g_autofree char *text = NULL;
  const char *kind;

  g_return_if_fail (TANDEM_IS_CARD_WIDGET (self));

  kind = change != NULL ? tandem_change_get_kind (change->flags) : NULL;
  text = kind != NULL ? tandem_change_dup_description (change) : NULL;
  if (kind == self->change_kind && g_strcmp0 (text, self->change_text) == 0)
    return;

  if (self->change_kind != NULL)
    {
      g_autofree char *old_class = g_strconcat ("change-", self->change_kind, NULL);

      gtk_widget_remove_css_class (GTK_WIDGET (self), old_class);
    }
  self->change_kind = kind;
  g_free (self->change_text);
  self->change_text = g_steal_pointer (&text);

  /* Only the cards of a comparison have a badge: made when first needed. */
  if (self->change_label == NULL && kind != NULL)
    {
      self->change_label = GTK_LABEL (gtk_label_new (NULL));
      gtk_label_set_xalign (self->change_label, 0);
      gtk_label_set_wrap (self->change_label, TRUE);
      gtk_label_set_wrap_mode (self->change_label, PANGO_WRAP_WORD_CHAR);
      gtk_widget_add_css_class (GTK_WIDGET (self->change_label), "change-badge");
      gtk_widget_add_css_class (GTK_WIDGET (self->change_label), "caption");
      gtk_widget_insert_after (GTK_WIDGET (self->change_label), GTK_WIDGET (self), NULL);
    }
  if (self->change_label != NULL)
    {
      gtk_label_set_label (self->change_label, self->change_text);
      gtk_widget_set_visible (GTK_WIDGET (self->change_label), kind != NULL);
    }
  if (kind != NULL)
    {
      g_autofree char *new_class = g_strconcat ("change-", kind, NULL);

      gtk_widget_add_css_class (GTK_WIDGET (self), new_class);
    }
  tandem_card_widget_update (self);
}

/**
 * tandem_card_widget_get_change_text:
 *
 * Returns: (nullable): what the card's badge says, for tests.
 */
const char *
tandem_card_widget_get_change_text (TandemCardWidget *self)
{
  g_return_val_if_fail (TANDEM_IS_CARD_WIDGET (self), NULL);

  return self->change_text;
}
