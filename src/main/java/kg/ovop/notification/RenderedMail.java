package kg.ovop.notification;

record RenderedMail(String subject, String html, String text) {
}
