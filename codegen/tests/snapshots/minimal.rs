/// Who did it.
///
/// One of 3 kinds, told apart by `actorType`.
#[derive(Clone, Debug, PartialEq)]
#[derive(::plain_webhooks::__private::serde::Serialize)]
#[serde(crate = "::plain_webhooks::__private::serde")]
#[serde(tag = "actorType")]
pub enum Actor {
    /// `actorType: "UNKNOWN"`
    #[serde(rename = "UNKNOWN")]
    Unknown,
    /// `actorType: "user"`
    #[serde(rename = "user")]
    User(UserActor),
    /// `actorType: "system"`
    #[serde(rename = "system")]
    System(SystemActor),
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de> for Actor {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::plain_webhooks::__private::tagged::deserialize(deserializer)
    }
}
#[doc(hidden)]
impl ::plain_webhooks::__private::tagged::Tagged for Actor {
    const NAME: &'static str = "Actor";
    const TAG: &'static str = "actorType";
    const VARIANTS: &'static [&'static str] = &["UNKNOWN", "user", "system"];
    fn variant<'de, M: ::plain_webhooks::__private::serde::de::MapAccess<'de>>(
        tag: &str,
        rest: M,
    ) -> ::core::result::Result<Self, M::Error> {
        match tag {
            "UNKNOWN" => {
                ::plain_webhooks::__private::tagged::unit(rest).map(|()| Self::Unknown)
            }
            "user" => ::plain_webhooks::__private::tagged::fields(rest).map(Self::User),
            "system" => {
                ::plain_webhooks::__private::tagged::fields(rest).map(Self::System)
            }
            _ => {
                ::core::result::Result::Err(
                    ::plain_webhooks::__private::tagged::unknown::<Self, M::Error>(tag),
                )
            }
        }
    }
}
/// An email arrived (its suffix collides with thread.email_received).
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct EmailReceivedPayload {
    #[serde(rename = "eventType")]
    pub event_type: EmailReceivedPayloadEventType,
    pub subject: ::std::string::String,
}
/// Used in `emailReceivedPayload.eventType`.
///
/// Always `"email.email_received"`: checked when a body is parsed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EmailReceivedPayloadEventType;
impl EmailReceivedPayloadEventType {
    /// The one value.
    pub const VALUE: &'static str = "email.email_received";
}
impl ::plain_webhooks::__private::serde::Serialize for EmailReceivedPayloadEventType {
    fn serialize<S: ::plain_webhooks::__private::serde::Serializer>(
        &self,
        s: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        s.serialize_str(Self::VALUE)
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de>
for EmailReceivedPayloadEventType {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        d: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::plain_webhooks::__private::constant(d, Self::VALUE).map(|()| Self)
    }
}
/// Used in `groupChangedPayloadAdded.group`, `groupChangedPayloadRemoved.previousGroup`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct Group {
    pub key: ::std::string::String,
}
/// A group was added, updated or removed.
///
/// One of 2 kinds, told apart by `changeType`.
#[derive(Clone, Debug, PartialEq)]
#[derive(::plain_webhooks::__private::serde::Serialize)]
#[serde(crate = "::plain_webhooks::__private::serde")]
#[serde(tag = "changeType")]
pub enum GroupChangedPayload {
    /// `changeType: "ADDED"`
    #[serde(rename = "ADDED")]
    Added(GroupChangedPayloadAdded),
    /// `changeType: "REMOVED"`
    #[serde(rename = "REMOVED")]
    Removed(GroupChangedPayloadRemoved),
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de> for GroupChangedPayload {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::plain_webhooks::__private::tagged::deserialize(deserializer)
    }
}
#[doc(hidden)]
impl ::plain_webhooks::__private::tagged::Tagged for GroupChangedPayload {
    const NAME: &'static str = "GroupChangedPayload";
    const TAG: &'static str = "changeType";
    const VARIANTS: &'static [&'static str] = &["ADDED", "REMOVED"];
    fn variant<'de, M: ::plain_webhooks::__private::serde::de::MapAccess<'de>>(
        tag: &str,
        rest: M,
    ) -> ::core::result::Result<Self, M::Error> {
        match tag {
            "ADDED" => ::plain_webhooks::__private::tagged::fields(rest).map(Self::Added),
            "REMOVED" => {
                ::plain_webhooks::__private::tagged::fields(rest).map(Self::Removed)
            }
            _ => {
                ::core::result::Result::Err(
                    ::plain_webhooks::__private::tagged::unknown::<Self, M::Error>(tag),
                )
            }
        }
    }
}
/// Used in `groupChangedPayload`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct GroupChangedPayloadAdded {
    #[serde(rename = "eventType")]
    pub event_type: GroupChangedPayloadAddedEventType,
    pub group: Group,
}
/// Used in `groupChangedPayloadAdded.eventType`.
///
/// Always `"group.group_changed"`: checked when a body is parsed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct GroupChangedPayloadAddedEventType;
impl GroupChangedPayloadAddedEventType {
    /// The one value.
    pub const VALUE: &'static str = "group.group_changed";
}
impl ::plain_webhooks::__private::serde::Serialize
for GroupChangedPayloadAddedEventType {
    fn serialize<S: ::plain_webhooks::__private::serde::Serializer>(
        &self,
        s: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        s.serialize_str(Self::VALUE)
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de>
for GroupChangedPayloadAddedEventType {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        d: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::plain_webhooks::__private::constant(d, Self::VALUE).map(|()| Self)
    }
}
/// Used in `groupChangedPayload`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct GroupChangedPayloadRemoved {
    #[serde(rename = "eventType")]
    pub event_type: GroupChangedPayloadRemovedEventType,
    #[serde(rename = "previousGroup")]
    pub previous_group: Group,
}
/// Used in `groupChangedPayloadRemoved.eventType`.
///
/// Always `"group.group_changed"`: checked when a body is parsed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct GroupChangedPayloadRemovedEventType;
impl GroupChangedPayloadRemovedEventType {
    /// The one value.
    pub const VALUE: &'static str = "group.group_changed";
}
impl ::plain_webhooks::__private::serde::Serialize
for GroupChangedPayloadRemovedEventType {
    fn serialize<S: ::plain_webhooks::__private::serde::Serializer>(
        &self,
        s: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        s.serialize_str(Self::VALUE)
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de>
for GroupChangedPayloadRemovedEventType {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        d: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::plain_webhooks::__private::constant(d, Self::VALUE).map(|()| Self)
    }
}
/// Used in `note.id`, `userActor.userId`, `webhook.id`, `webhook.workspaceId` and 2 more.
#[derive(
    Clone,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
#[serde(transparent)]
pub struct Id(::std::string::String);
impl Id {
    /// The string.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}
impl ::core::ops::Deref for Id {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}
impl ::core::fmt::Display for Id {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(&self.0)
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de> for Id {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        d: D,
    ) -> ::core::result::Result<Self, D::Error> {
        static CHECK: ::plain_webhooks::__private::TextCheck = ::plain_webhooks::__private::TextCheck::new(
            ::core::option::Option::Some(
                "^[a-zA-Z]+_[0123456789ABCDEFGHJKMNPQRSTVWXYZ]{26}$",
            ),
            ::core::option::Option::Some(1usize),
            ::core::option::Option::Some(50usize),
        );
        CHECK.deserialize(d).map(Self)
    }
}
/// Used in `note.editedBy`.
///
/// One of 3 kinds, told apart by `actorType`.
#[derive(Clone, Debug, PartialEq)]
#[derive(::plain_webhooks::__private::serde::Serialize)]
#[serde(crate = "::plain_webhooks::__private::serde")]
#[serde(tag = "actorType")]
pub enum InternalActor {
    /// `actorType: "UNKNOWN"`
    #[serde(rename = "UNKNOWN")]
    Unknown,
    /// `actorType: "user"`
    #[serde(rename = "user")]
    User(UserActor),
    /// `actorType: "system"`
    #[serde(rename = "system")]
    System(SystemActor),
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de> for InternalActor {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::plain_webhooks::__private::tagged::deserialize(deserializer)
    }
}
#[doc(hidden)]
impl ::plain_webhooks::__private::tagged::Tagged for InternalActor {
    const NAME: &'static str = "InternalActor";
    const TAG: &'static str = "actorType";
    const VARIANTS: &'static [&'static str] = &["UNKNOWN", "user", "system"];
    fn variant<'de, M: ::plain_webhooks::__private::serde::de::MapAccess<'de>>(
        tag: &str,
        rest: M,
    ) -> ::core::result::Result<Self, M::Error> {
        match tag {
            "UNKNOWN" => {
                ::plain_webhooks::__private::tagged::unit(rest).map(|()| Self::Unknown)
            }
            "user" => ::plain_webhooks::__private::tagged::fields(rest).map(Self::User),
            "system" => {
                ::plain_webhooks::__private::tagged::fields(rest).map(Self::System)
            }
            _ => {
                ::core::result::Result::Err(
                    ::plain_webhooks::__private::tagged::unknown::<Self, M::Error>(tag),
                )
            }
        }
    }
}
/// A note on a thread.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct Note {
    #[serde(rename = "createdBy")]
    pub created_by: Actor,
    #[serde(
        rename = "deletedAt",
        default,
        skip_serializing_if = "::core::option::Option::is_none"
    )]
    pub deleted_at: ::core::option::Option<
        ::plain_webhooks::__private::chrono::DateTime<
            ::plain_webhooks::__private::chrono::Utc,
        >,
    >,
    #[serde(
        rename = "editedBy",
        default,
        skip_serializing_if = "::core::option::Option::is_none"
    )]
    pub edited_by: ::core::option::Option<InternalActor>,
    pub id: Id,
    #[serde(deserialize_with = "::plain_webhooks::__private::required_nullable")]
    pub markdown: ::core::option::Option<::std::string::String>,
    pub status: NoteStatus,
    pub tags: ::std::vec::Vec<NoteTagsItem>,
    pub text: NoteText,
}
/// A note was created.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct NoteCreatedPayload {
    #[serde(rename = "eventType")]
    pub event_type: NoteCreatedPayloadEventType,
    pub note: Note,
    #[serde(
        rename = "noteText",
        default,
        skip_serializing_if = "::core::option::Option::is_none"
    )]
    pub note_text: ::core::option::Option<NoteText>,
}
/// Used in `noteCreatedPayload.eventType`.
///
/// Always `"note.note_created"`: checked when a body is parsed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NoteCreatedPayloadEventType;
impl NoteCreatedPayloadEventType {
    /// The one value.
    pub const VALUE: &'static str = "note.note_created";
}
impl ::plain_webhooks::__private::serde::Serialize for NoteCreatedPayloadEventType {
    fn serialize<S: ::plain_webhooks::__private::serde::Serializer>(
        &self,
        s: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        s.serialize_str(Self::VALUE)
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de>
for NoteCreatedPayloadEventType {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        d: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::plain_webhooks::__private::constant(d, Self::VALUE).map(|()| Self)
    }
}
/// Used in `webhook.payload`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct NoteDeletedPayload {
    #[serde(rename = "eventType")]
    pub event_type: NoteDeletedPayloadEventType,
    #[serde(rename = "previousNote")]
    pub previous_note: Note,
}
/// Used in `noteDeletedPayload.eventType`.
///
/// Always `"note.note_deleted"`: checked when a body is parsed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NoteDeletedPayloadEventType;
impl NoteDeletedPayloadEventType {
    /// The one value.
    pub const VALUE: &'static str = "note.note_deleted";
}
impl ::plain_webhooks::__private::serde::Serialize for NoteDeletedPayloadEventType {
    fn serialize<S: ::plain_webhooks::__private::serde::Serializer>(
        &self,
        s: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        s.serialize_str(Self::VALUE)
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de>
for NoteDeletedPayloadEventType {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        d: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::plain_webhooks::__private::constant(d, Self::VALUE).map(|()| Self)
    }
}
/// Where the note is in its life.
///
/// One of 2 kinds, told apart by `state`.
#[derive(Clone, Debug, PartialEq)]
#[derive(::plain_webhooks::__private::serde::Serialize)]
#[serde(crate = "::plain_webhooks::__private::serde")]
#[serde(tag = "state")]
pub enum NoteStatus {
    /// `state: "DRAFT"`
    #[serde(rename = "DRAFT")]
    Draft,
    /// `state: "PUBLISHED"`
    #[serde(rename = "PUBLISHED")]
    Published(NoteStatusPublished),
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de> for NoteStatus {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::plain_webhooks::__private::tagged::deserialize(deserializer)
    }
}
#[doc(hidden)]
impl ::plain_webhooks::__private::tagged::Tagged for NoteStatus {
    const NAME: &'static str = "NoteStatus";
    const TAG: &'static str = "state";
    const VARIANTS: &'static [&'static str] = &["DRAFT", "PUBLISHED"];
    fn variant<'de, M: ::plain_webhooks::__private::serde::de::MapAccess<'de>>(
        tag: &str,
        rest: M,
    ) -> ::core::result::Result<Self, M::Error> {
        match tag {
            "DRAFT" => {
                ::plain_webhooks::__private::tagged::unit(rest).map(|()| Self::Draft)
            }
            "PUBLISHED" => {
                ::plain_webhooks::__private::tagged::fields(rest).map(Self::Published)
            }
            _ => {
                ::core::result::Result::Err(
                    ::plain_webhooks::__private::tagged::unknown::<Self, M::Error>(tag),
                )
            }
        }
    }
}
/// Used in `noteStatus`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct NoteStatusPublished {
    #[serde(rename = "publishedAt")]
    pub published_at: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::Utc,
    >,
}
/// Used in `note.tags[]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub enum NoteTagsItem {
    #[serde(rename = "urgent")]
    Urgent,
    #[serde(rename = "billing")]
    Billing,
    #[serde(rename = "bug_report")]
    BugReport,
}
/// The note's text.
#[derive(
    Clone,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
#[serde(transparent)]
pub struct NoteText(::std::string::String);
impl NoteText {
    /// The string.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}
impl ::core::ops::Deref for NoteText {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}
impl ::core::fmt::Display for NoteText {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(&self.0)
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de> for NoteText {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        d: D,
    ) -> ::core::result::Result<Self, D::Error> {
        static CHECK: ::plain_webhooks::__private::TextCheck = ::plain_webhooks::__private::TextCheck::new(
            ::core::option::Option::None,
            ::core::option::Option::Some(1usize),
            ::core::option::Option::None,
        );
        CHECK.deserialize(d).map(Self)
    }
}
/// Used in `actor`, `internalActor`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct SystemActor {
    pub system: ::std::string::String,
}
/// An email reached a thread.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct ThreadEmailReceivedPayload {
    #[serde(rename = "eventType")]
    pub event_type: ThreadEmailReceivedPayloadEventType,
    pub subject: ::std::string::String,
}
/// Used in `threadEmailReceivedPayload.eventType`.
///
/// Always `"thread.email_received"`: checked when a body is parsed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ThreadEmailReceivedPayloadEventType;
impl ThreadEmailReceivedPayloadEventType {
    /// The one value.
    pub const VALUE: &'static str = "thread.email_received";
}
impl ::plain_webhooks::__private::serde::Serialize
for ThreadEmailReceivedPayloadEventType {
    fn serialize<S: ::plain_webhooks::__private::serde::Serializer>(
        &self,
        s: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        s.serialize_str(Self::VALUE)
    }
}
impl<'de> ::plain_webhooks::__private::serde::Deserialize<'de>
for ThreadEmailReceivedPayloadEventType {
    fn deserialize<D: ::plain_webhooks::__private::serde::Deserializer<'de>>(
        d: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::plain_webhooks::__private::constant(d, Self::VALUE).map(|()| Self)
    }
}
/// A person in the workspace.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct UserActor {
    #[serde(rename = "userId")]
    pub user_id: Id,
}
/// Used in `webhook.webhookMetadata`.
#[derive(Clone, Debug, PartialEq)]
#[derive(
    ::plain_webhooks::__private::serde::Deserialize,
    ::plain_webhooks::__private::serde::Serialize
)]
#[serde(crate = "::plain_webhooks::__private::serde")]
pub struct WebhookMetadata {
    #[serde(rename = "webhookDeliveryAttemptId")]
    pub webhook_delivery_attempt_id: Id,
    #[serde(rename = "webhookDeliveryAttemptNumber")]
    pub webhook_delivery_attempt_number: ::core::num::NonZeroU64,
    #[serde(rename = "webhookDeliveryAttemptTimestamp")]
    pub webhook_delivery_attempt_timestamp: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::Utc,
    >,
    #[serde(rename = "webhookTargetId")]
    pub webhook_target_id: Id,
    /// The webhook target version this delivery was made for. This schema describes version `2025-01-01`.
    #[serde(
        rename = "webhookTargetVersion",
        default,
        skip_serializing_if = "::core::option::Option::is_none"
    )]
    pub webhook_target_version: ::core::option::Option<::std::string::String>,
}
/// The webhook target version this schema describes
/// (`webhookMetadata.webhookTargetVersion`); `None` for revisions
/// from before Plain versioned its webhooks.
pub const SCHEMA_VERSION: ::core::option::Option<&'static str> = ::core::option::Option::Some(
    "2025-01-01",
);
/// Every webhook target version this module reads under
/// `VersionPolicy::Exact`: [`SCHEMA_VERSION`], and the previous
/// revision's when the module was generated with `previous`.
pub const SCHEMA_VERSIONS: &[::core::option::Option<&'static str>] = &[
    ::core::option::Option::Some("2025-01-01"),
];
/// Every event type this schema lists, in the schema's order.
pub const EVENT_TYPES: &[&str] = &[
    "note.note_created",
    "note.note_deleted",
    "thread.email_received",
    "email.email_received",
    "group.group_changed",
    "note.note_archived",
];
/// The payload of one webhook delivery, by event type.
#[derive(Clone, Debug)]
pub enum Event {
    /// `note.note_created`: A note was created.
    NoteCreated(::std::boxed::Box<NoteCreatedPayload>),
    /// `note.note_deleted`.
    NoteDeleted(::std::boxed::Box<NoteDeletedPayload>),
    /// `thread.email_received`: An email reached a thread.
    ThreadEmailReceived(::std::boxed::Box<ThreadEmailReceivedPayload>),
    /// `email.email_received`: An email arrived (its suffix collides with thread.email_received).
    EmailEmailReceived(::std::boxed::Box<EmailReceivedPayload>),
    /// `group.group_changed`: A group was added, updated or removed.
    GroupChanged(::std::boxed::Box<GroupChangedPayload>),
    /// `note.note_archived`: listed by the schema, which defines no payload for it; the payload as raw JSON.
    NoteArchived(::plain_webhooks::RawPayload),
    /// An event type this schema does not list (Plain adds event
    /// types over time; an unknown one is not an error).
    Unknown {
        /// The `type` of the request body.
        event_type: ::std::string::String,
        /// The payload, as raw JSON.
        payload: ::plain_webhooks::RawPayload,
    },
}
impl Event {
    /// The event type, e.g. `customer.customer_updated`.
    pub fn event_type(&self) -> &str {
        match self {
            Self::NoteCreated(_) => "note.note_created",
            Self::NoteDeleted(_) => "note.note_deleted",
            Self::ThreadEmailReceived(_) => "thread.email_received",
            Self::EmailEmailReceived(_) => "email.email_received",
            Self::GroupChanged(_) => "group.group_changed",
            Self::NoteArchived(_) => "note.note_archived",
            Self::Unknown { event_type, .. } => event_type,
        }
    }
}
impl ::core::cmp::PartialEq for Event {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Self::NoteCreated(a), Self::NoteCreated(b)) => a == b,
            (Self::NoteDeleted(a), Self::NoteDeleted(b)) => a == b,
            (Self::ThreadEmailReceived(a), Self::ThreadEmailReceived(b)) => a == b,
            (Self::EmailEmailReceived(a), Self::EmailEmailReceived(b)) => a == b,
            (Self::GroupChanged(a), Self::GroupChanged(b)) => a == b,
            (Self::NoteArchived(a), Self::NoteArchived(b)) => a == b,
            (
                Self::Unknown { event_type: a, payload: p },
                Self::Unknown { event_type: b, payload: q },
            ) => a == b && p == q,
            _ => false,
        }
    }
}
/// Serializes the payload alone (the `payload` of the request body).
impl ::plain_webhooks::__private::serde::Serialize for Event {
    fn serialize<S: ::plain_webhooks::__private::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        match self {
            Self::NoteCreated(p) => {
                ::plain_webhooks::__private::serde::Serialize::serialize(p, serializer)
            }
            Self::NoteDeleted(p) => {
                ::plain_webhooks::__private::serde::Serialize::serialize(p, serializer)
            }
            Self::ThreadEmailReceived(p) => {
                ::plain_webhooks::__private::serde::Serialize::serialize(p, serializer)
            }
            Self::EmailEmailReceived(p) => {
                ::plain_webhooks::__private::serde::Serialize::serialize(p, serializer)
            }
            Self::GroupChanged(p) => {
                ::plain_webhooks::__private::serde::Serialize::serialize(p, serializer)
            }
            Self::NoteArchived(p) => {
                ::plain_webhooks::__private::serde::Serialize::serialize(p, serializer)
            }
            Self::Unknown { payload, .. } => {
                ::plain_webhooks::__private::serde::Serialize::serialize(
                    payload,
                    serializer,
                )
            }
        }
    }
}
/// The body of one webhook request: the envelope and the event.
#[derive(Clone, Debug, PartialEq)]
pub struct Webhook {
    /// The event's id: the same on every delivery attempt of the event (and in the `Plain-Event-Id` header), so it is the key to deduplicate on.
    pub id: Id,
    /// When the event happened.
    pub timestamp: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::Utc,
    >,
    /// The webhook target and this delivery attempt (`webhookMetadata`).
    pub webhook_metadata: WebhookMetadata,
    /// The Plain workspace the event happened in.
    pub workspace_id: Id,
    /// The event: its type and typed payload.
    pub event: Event,
}
/// The envelope of one delivery, as every handler method receives
/// it: the body's fields but `type` and `payload`, and the raw body.
#[derive(Clone, PartialEq)]
pub struct Context {
    /// The event's id: the same on every delivery attempt of the event (and in the `Plain-Event-Id` header), so it is the key to deduplicate on.
    pub id: Id,
    /// When the event happened.
    pub timestamp: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::Utc,
    >,
    /// The webhook target and this delivery attempt (`webhookMetadata`).
    pub webhook_metadata: WebhookMetadata,
    /// The Plain workspace the event happened in.
    pub workspace_id: Id,
    /// The request body, byte for byte as received (empty after
    /// [`Webhook::into_parts`]). Its `Debug` shows only its length.
    pub body: ::plain_webhooks::Bytes,
}
impl ::core::fmt::Debug for Context {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_struct("Context")
            .field("id", &self.id)
            .field("timestamp", &self.timestamp)
            .field("webhook_metadata", &self.webhook_metadata)
            .field("workspace_id", &self.workspace_id)
            .field("body", &::core::format_args!("{} bytes", self.body.len()))
            .finish()
    }
}
impl Webhook {
    /// The event type, e.g. `customer.customer_updated`.
    pub fn event_type(&self) -> &str {
        self.event.event_type()
    }
    /// The envelope as a [`Context`] (its `body` empty) and the
    /// event: the envelope's fields are moved, not copied.
    pub fn into_parts(self) -> (Context, Event) {
        let Webhook { id, timestamp, webhook_metadata, workspace_id, event } = self;
        (
            Context {
                id,
                timestamp,
                webhook_metadata,
                workspace_id,
                body: ::plain_webhooks::Bytes::new(),
            },
            event,
        )
    }
    /// Verifies and parses a delivery, as Plain sends it: `body` is
    /// the raw request body, `signature` the
    /// `Plain-Request-Signature` header (`""` when absent). The
    /// signature is checked first, then the body parsed under the
    /// verifier's version policy, then its delivery time checked
    /// against the verifier's replay window.
    pub fn verify_and_parse(
        body: &[u8],
        signature: &str,
        verifier: &::plain_webhooks::Verifier,
    ) -> ::core::result::Result<Webhook, ::plain_webhooks::Error> {
        verifier.verify_signature(body, signature)?;
        let webhook = parse_with(body, verifier.version_policy())?;
        verifier
            .check_delivery_time(
                ::core::option::Option::Some(
                    webhook.webhook_metadata.webhook_delivery_attempt_timestamp,
                ),
                webhook.event_type(),
            )?;
        ::core::result::Result::Ok(webhook)
    }
}
/// Serializes the request body as Plain sends it.
impl ::plain_webhooks::__private::serde::Serialize for Webhook {
    fn serialize<S: ::plain_webhooks::__private::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        use ::plain_webhooks::__private::serde::ser::SerializeStruct as _;
        let mut s = serializer.serialize_struct("Webhook", 6usize)?;
        s.serialize_field("id", &self.id)?;
        s.serialize_field("timestamp", &self.timestamp)?;
        s.serialize_field("webhookMetadata", &self.webhook_metadata)?;
        s.serialize_field("workspaceId", &self.workspace_id)?;
        s.serialize_field("type", self.event.event_type())?;
        s.serialize_field("payload", &self.event)?;
        s.end()
    }
}
/// The body with its payload kept raw, until `type` says what it is.
#[derive(::plain_webhooks::__private::serde::Deserialize)]
#[serde(crate = "::plain_webhooks::__private::serde", rename = "Webhook")]
struct __Envelope<'a> {
    #[serde(rename = "id")]
    id: Id,
    #[serde(rename = "timestamp")]
    timestamp: ::plain_webhooks::__private::chrono::DateTime<
        ::plain_webhooks::__private::chrono::Utc,
    >,
    #[serde(rename = "webhookMetadata")]
    webhook_metadata: WebhookMetadata,
    #[serde(rename = "workspaceId")]
    workspace_id: Id,
    #[serde(rename = "type", borrow)]
    event_type: ::std::borrow::Cow<'a, str>,
    #[serde(borrow)]
    payload: &'a ::plain_webhooks::__private::RawValue,
}
/// Parses a request body, requiring the webhook target version to be
/// one of [`SCHEMA_VERSIONS`] (as Plain's own SDK does). It does not check
/// the signature: see [`Webhook::verify_and_parse`].
///
/// The event `type` decides the payload's type; the payload is parsed
/// once, straight into it.
pub fn parse(body: &[u8]) -> ::core::result::Result<Webhook, ::plain_webhooks::Error> {
    parse_with(body, ::plain_webhooks::VersionPolicy::Exact)
}
/// Parses a request body under the given version policy.
pub fn parse_with(
    body: &[u8],
    policy: ::plain_webhooks::VersionPolicy,
) -> ::core::result::Result<Webhook, ::plain_webhooks::Error> {
    let envelope: __Envelope<'_> = ::plain_webhooks::__private::envelope(body)?;
    let event_type: &str = &envelope.event_type;
    ::plain_webhooks::__private::check_version(
        policy,
        SCHEMA_VERSIONS,
        envelope.webhook_metadata.webhook_target_version.as_ref().map(|v| v.as_str()),
        event_type,
    )?;
    let raw = envelope.payload;
    let event = match event_type {
        "note.note_created" => {
            Event::NoteCreated(::plain_webhooks::__private::payload(event_type, raw)?)
        }
        "note.note_deleted" => {
            Event::NoteDeleted(::plain_webhooks::__private::payload(event_type, raw)?)
        }
        "thread.email_received" => {
            Event::ThreadEmailReceived(
                ::plain_webhooks::__private::payload(event_type, raw)?,
            )
        }
        "email.email_received" => {
            Event::EmailEmailReceived(
                ::plain_webhooks::__private::payload(event_type, raw)?,
            )
        }
        "group.group_changed" => {
            Event::GroupChanged(::plain_webhooks::__private::payload(event_type, raw)?)
        }
        "note.note_archived" => {
            Event::NoteArchived(::plain_webhooks::RawPayload::from_raw(raw))
        }
        _ => {
            Event::Unknown {
                event_type: ::std::borrow::ToOwned::to_owned(event_type),
                payload: ::plain_webhooks::RawPayload::from_raw(raw),
            }
        }
    };
    ::core::result::Result::Ok(Webhook {
        id: envelope.id,
        timestamp: envelope.timestamp,
        webhook_metadata: envelope.webhook_metadata,
        workspace_id: envelope.workspace_id,
        event,
    })
}
/// Implement the methods for the events you care about; each has a
/// default that does nothing. Methods run on any thread (their
/// futures are `Send`) and may keep state behind `&self`.
pub trait Handler: ::core::marker::Send + ::core::marker::Sync {
    /// The error your methods return: the delivery is then answered
    /// 500, so that Plain retries it.
    type Error: ::core::marker::Send;
    /// Receives `note.note_created` events, with [`NoteCreatedPayload`].
    ///
    /// The schema says: "A note was created."
    ///
    /// The default does nothing and returns `Ok`.
    fn on_note_created(
        &self,
        ctx: &Context,
        event: NoteCreatedPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        let _ = (ctx, event);
        ::core::future::ready(::core::result::Result::Ok(()))
    }
    /// Receives `note.note_deleted` events, with [`NoteDeletedPayload`].
    ///
    /// The default does nothing and returns `Ok`.
    fn on_note_deleted(
        &self,
        ctx: &Context,
        event: NoteDeletedPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        let _ = (ctx, event);
        ::core::future::ready(::core::result::Result::Ok(()))
    }
    /// Receives `thread.email_received` events, with [`ThreadEmailReceivedPayload`].
    ///
    /// The schema says: "An email reached a thread."
    ///
    /// The default does nothing and returns `Ok`.
    fn on_thread_email_received(
        &self,
        ctx: &Context,
        event: ThreadEmailReceivedPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        let _ = (ctx, event);
        ::core::future::ready(::core::result::Result::Ok(()))
    }
    /// Receives `email.email_received` events, with [`EmailReceivedPayload`].
    ///
    /// The schema says: "An email arrived (its suffix collides with thread.email_received)."
    ///
    /// The default does nothing and returns `Ok`.
    fn on_email_email_received(
        &self,
        ctx: &Context,
        event: EmailReceivedPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        let _ = (ctx, event);
        ::core::future::ready(::core::result::Result::Ok(()))
    }
    /// Receives `group.group_changed` events, with [`GroupChangedPayload`].
    ///
    /// The schema says: "A group was added, updated or removed."
    ///
    /// The default does nothing and returns `Ok`.
    fn on_group_changed(
        &self,
        ctx: &Context,
        event: GroupChangedPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        let _ = (ctx, event);
        ::core::future::ready(::core::result::Result::Ok(()))
    }
    /// Receives `note.note_archived` events, with the raw JSON payload (the schema defines none).
    ///
    /// The default does nothing and returns `Ok`.
    fn on_note_archived(
        &self,
        ctx: &Context,
        event: ::plain_webhooks::RawPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        let _ = (ctx, event);
        ::core::future::ready(::core::result::Result::Ok(()))
    }
    /// Receives events of a type this schema does not list (Plain
    /// adds event types); the default does nothing and returns `Ok`.
    fn on_unknown(
        &self,
        ctx: &Context,
        event_type: ::std::string::String,
        payload: ::plain_webhooks::RawPayload,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<(), Self::Error>,
    > + ::core::marker::Send {
        let _ = (ctx, event_type, payload);
        ::core::future::ready(::core::result::Result::Ok(()))
    }
}
/// A [`Handler`] made ready for a web framework: it implements
/// `plain_webhooks::Receive`, which the integrations (such as
/// `plain_webhooks::axum::router`) take. Build it with [`receiver`].
#[derive(Clone, Debug, Default)]
pub struct Receiver<H>(pub H);
/// Wraps `handler` for a web-framework integration, e.g.
/// `plain_webhooks::axum::router(plain::receiver(handler), verifier)`.
pub fn receiver<H: Handler>(handler: H) -> Receiver<H> {
    Receiver(handler)
}
impl<H: Handler> ::plain_webhooks::Receive for Receiver<H> {
    type Error = H::Error;
    fn versions(&self) -> ::std::vec::Vec<::core::option::Option<&'static str>> {
        SCHEMA_VERSIONS.to_vec()
    }
    fn parses(&self, body: &[u8]) -> bool {
        parse_with(body, ::plain_webhooks::VersionPolicy::Any).is_ok()
    }
    fn receive<'a>(
        &'a self,
        verifier: &'a ::plain_webhooks::Verifier,
        dedupe: &'a ::plain_webhooks::Dedupe,
        delivery: ::plain_webhooks::Delivery<'a>,
        verified: impl ::core::ops::FnOnce(
            &::plain_webhooks::Summary<'_>,
        ) + ::core::marker::Send + 'a,
    ) -> impl ::core::future::Future<
        Output = ::plain_webhooks::Outcome<H::Error>,
    > + ::core::marker::Send + 'a {
        __receive(&self.0, verifier, dedupe, delivery, verified)
    }
}
/// Verifies, parses and dispatches one delivery: `body` is the raw
/// request body (pass the `Bytes`, `Vec<u8>` or `String` you
/// received to keep it as `Context::body` without a copy),
/// `signature` the `Plain-Request-Signature` header (`""` when
/// absent). Each event's handler runs once per `dedupe`
/// (`Dedupe::default()`, in memory, is the default wherever
/// deliveries are handled; keep one for the process;
/// `Dedupe::off()` for none). The outcome says what to answer Plain
/// (`Outcome::status`).
pub fn handle<'a, H: Handler>(
    handler: &'a H,
    verifier: &'a ::plain_webhooks::Verifier,
    dedupe: &'a ::plain_webhooks::Dedupe,
    body: impl ::plain_webhooks::IntoBody,
    signature: &'a str,
) -> impl ::core::future::Future<
    Output = ::plain_webhooks::Outcome<H::Error>,
> + ::core::marker::Send + 'a {
    __receive(
        handler,
        verifier,
        dedupe,
        ::plain_webhooks::Delivery::new(body, signature),
        |_| {},
    )
}
async fn __receive<H: Handler>(
    handler: &H,
    verifier: &::plain_webhooks::Verifier,
    dedupe: &::plain_webhooks::Dedupe,
    delivery: ::plain_webhooks::Delivery<'_>,
    verified: impl ::core::ops::FnOnce(
        &::plain_webhooks::Summary<'_>,
    ) + ::core::marker::Send,
) -> ::plain_webhooks::Outcome<H::Error> {
    let webhook = match Webhook::verify_and_parse(
        &delivery.body,
        delivery.signature,
        verifier,
    ) {
        ::core::result::Result::Ok(webhook) => webhook,
        ::core::result::Result::Err(e) => return ::plain_webhooks::Outcome::Rejected(e),
    };
    let summary = ::plain_webhooks::Summary {
        event_id: ::core::option::Option::Some(webhook.id.as_str()),
        event_type: webhook.event_type(),
        attempt: ::core::option::Option::Some(
            webhook.webhook_metadata.webhook_delivery_attempt_number.get(),
        ),
    };
    verified(&summary);
    if let ::core::result::Result::Err(e) = delivery.check_headers(&summary) {
        return ::plain_webhooks::Outcome::Rejected(e);
    }
    let event_id = ::plain_webhooks::__private::claim_id(dedupe, summary.event_id);
    let (mut ctx, event) = webhook.into_parts();
    ctx.body = delivery.body;
    ::plain_webhooks::__private::guarded(
            dedupe,
            event_id.as_deref(),
            move || async move {
                match event {
                    Event::NoteCreated(e) => handler.on_note_created(&ctx, *e).await,
                    Event::NoteDeleted(e) => handler.on_note_deleted(&ctx, *e).await,
                    Event::ThreadEmailReceived(e) => {
                        handler.on_thread_email_received(&ctx, *e).await
                    }
                    Event::EmailEmailReceived(e) => {
                        handler.on_email_email_received(&ctx, *e).await
                    }
                    Event::GroupChanged(e) => handler.on_group_changed(&ctx, *e).await,
                    Event::NoteArchived(e) => handler.on_note_archived(&ctx, e).await,
                    Event::Unknown { event_type, payload } => {
                        handler.on_unknown(&ctx, event_type, payload).await
                    }
                }
            },
        )
        .await
}
